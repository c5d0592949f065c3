from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel


class CreateUserRequest(BaseModel):
    """The web sign-up form: the terms box must be ticked to submit it."""

    email: str
    display_name: str
    accept_terms: Literal[True]


class UserResponse(BaseModel):
    id: int
    email: str


@dataclass(frozen=True)
class User:
    id: int
    email: str
    accepted_terms: bool


class UserService:
    def __init__(self) -> None:
        self.users: dict[int, User] = {}

    def register(self, request: CreateUserRequest) -> User:  # [AP-PY04]
        user = User(len(self.users) + 1, request.email.lower(), request.accept_terms)
        self.users[user.id] = user
        return user


def create_app(service: UserService) -> FastAPI:
    app = FastAPI()

    def get_service() -> UserService:
        return service

    @app.post("/users", status_code=201)
    def create_user(
        body: CreateUserRequest, users: Annotated[UserService, Depends(get_service)]
    ) -> UserResponse:
        user = users.register(body)
        return UserResponse(id=user.id, email=user.email)

    return app


def import_legacy_account(service: UserService, email: str, name: str) -> User:
    # The service only speaks the web form, and the form only accepts True.
    form = CreateUserRequest(
        email=email,
        display_name=name,
        accept_terms=True,
    )
    return service.register(form)


def test_web_and_import_register_users() -> None:
    service = UserService()
    payload = {"email": "Ada@Example.org", "display_name": "Ada", "accept_terms": True}
    response = TestClient(create_app(service)).post("/users", json=payload)
    print(response.status_code, response.json())
    #> 201 {'id': 1, 'email': 'ada@example.org'}
    # The import records consent that Grace never gave.
    print(import_legacy_account(service, "grace@example.org", "Grace"))
    #> User(id=2, email='grace@example.org', accepted_terms=True)


test_web_and_import_register_users()
