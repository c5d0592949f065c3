import hashlib
from collections.abc import Iterator
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    def to_dict(self) -> dict[str, Any]:  # [TYPE-02]
        """Every column of the row: handy, and the source of the leak."""
        return {column.key: getattr(self, column.key) for column in self.__table__.c}


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str]
    display_name: Mapped[str]
    password_hash: Mapped[str]
    is_admin: Mapped[bool] = mapped_column(default=False)


def hash_password(password: str) -> str:  # a stand-in for argon2 or bcrypt
    return hashlib.sha256(password.encode()).hexdigest()[:16]


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
Base.metadata.create_all(engine)
app = FastAPI()


class UserService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find_by_id(self, user_id: int) -> User | None:
        return self.session.get(User, user_id)


def get_users() -> Iterator[UserService]:
    with Session(engine) as session:
        yield UserService(session)


@app.get("/users/{user_id}")
def get_user(
    user_id: int, users: Annotated[UserService, Depends(get_users)]
) -> dict[str, Any]:  # [TYPE-02, API-01]
    user = users.find_by_id(user_id)
    if user is None:
        raise HTTPException(status_code=404, detail="user not found")
    return user.to_dict()  # [API-02]


def test_profile_shows_only_public_fields() -> None:
    with Session(engine) as session:
        hashed = hash_password("correct horse")
        session.add(
            User(email="ada@example.org", display_name="Ada", password_hash=hashed)
        )
        session.commit()
    profile = TestClient(app).get("/users/1").json()
    # A public profile page now serves the password hash and the admin flag.
    print(sorted(profile))
    #> ['display_name', 'email', 'id', 'is_admin', 'password_hash']
    print(profile["password_hash"])
    #> 4104d36f8da2c254


test_profile_shows_only_public_fields()
