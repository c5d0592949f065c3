from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI, Query
from fastapi.testclient import TestClient
from sqlalchemy import StaticPool, create_engine, text
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    email: Mapped[str]


class UserService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find_emails(self, name: str, sort: str, limit: int) -> list[str]:
        sql = f"SELECT email FROM users WHERE name = '{name}'"  # [DATA-07]
        query = text(sql + " ORDER BY " + sort + " LIMIT :limit")  # [DATA-07]
        return list(self.session.scalars(query, {"limit": limit}))


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
app = FastAPI()


def get_user_service() -> Iterator[UserService]:
    with Session(engine) as session:
        yield UserService(session)


@app.get("/users")
def find_emails(
    name: str,
    users: Annotated[UserService, Depends(get_user_service)],
    sort: str = "id",
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
) -> list[str]:
    return users.find_emails(name, sort, limit)


Base.metadata.create_all(engine)
with Session(engine) as session, session.begin():
    session.add_all(
        [
            User(name="ada", email="ada@example.test"),
            User(name="bob", email="bob@example.test"),
        ]
    )

client = TestClient(app)
print(client.get("/users", params={"name": "ada"}).json())
#> ['ada@example.test']
# A crafted name rewrites the WHERE clause: every user's email comes back.
print(client.get("/users", params={"name": "x' OR '1'='1"}).json())
#> ['ada@example.test', 'bob@example.test']
