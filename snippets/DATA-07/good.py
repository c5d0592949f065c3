from collections.abc import Iterator
from typing import Annotated, Literal

from fastapi import Depends, FastAPI, Query
from fastapi.testclient import TestClient
from sqlalchemy import StaticPool, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    email: Mapped[str]


SortKey = Literal["id", "name"]
SORTABLE = {"id": User.id, "name": User.name}
"""The columns a client may sort by; anything else is rejected before any SQL."""


class UserService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find_emails(self, name: str, sort: SortKey, limit: int) -> list[str]:
        # The builder sends `name` as a bound parameter, never as part of the SQL text.
        query = select(User.email).where(User.name == name).order_by(SORTABLE[sort])
        return list(self.session.scalars(query.limit(limit)))


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
    sort: SortKey = "id",
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
# The same crafted name is only a strange name that matches nobody.
print(client.get("/users", params={"name": "x' OR '1'='1"}).json())
#> []
# A sort that is not on the list never reaches the database.
print(client.get("/users", params={"name": "ada", "sort": "id; DROP TABLE users"}))
#> <Response [422 Unprocessable Content]>
sql = str(select(User.email).where(User.name == "ada"))
print(" ".join(sql.split()))
#> SELECT users.email FROM users WHERE users.name = :name_1
