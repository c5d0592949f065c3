import hashlib
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel, ConfigDict
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool


class Base(DeclarativeBase):
    pass


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


class UserResponse(BaseModel):
    """The public view of a user: an allow-list, written on purpose."""

    model_config = ConfigDict(from_attributes=True)

    id: int
    display_name: str


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorEnvelope(BaseModel):
    error: ErrorBody


@app.get(
    "/users/{user_id}",
    response_model=UserResponse,
    responses={404: {"model": ErrorEnvelope}},
)
def get_user(
    user_id: int, users: Annotated[UserService, Depends(get_users)]
) -> UserResponse | JSONResponse:
    user = users.find_by_id(user_id)
    if user is None:
        missing = ErrorBody(code="user_not_found", message=f"No user {user_id}.")
        return JSONResponse(ErrorEnvelope(error=missing).model_dump(), 404)
    return UserResponse.model_validate(user)


def test_profile_shows_only_public_fields() -> None:
    with Session(engine) as session:
        hashed = hash_password("correct horse")
        session.add(
            User(email="ada@example.org", display_name="Ada", password_hash=hashed)
        )
        session.commit()
    client = TestClient(app)
    print(client.get("/users/1").json())
    #> {'id': 1, 'display_name': 'Ada'}
    print(client.get("/users/2").json())
    #> {'error': {'code': 'user_not_found', 'message': 'No user 2.'}}


test_profile_shows_only_public_fields()
