from dataclasses import dataclass
from typing import Annotated, Literal

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel


@dataclass(frozen=True)
class RegisterUserCommand:
    """What the domain needs to register a user, whoever is asking."""

    email: str
    display_name: str
    accepted_terms: bool


@dataclass(frozen=True)
class User:
    id: int
    email: str
    accepted_terms: bool


class UserService:
    def __init__(self) -> None:
        self.users: dict[int, User] = {}

    def register(self, command: RegisterUserCommand) -> User:
        user = User(len(self.users) + 1, command.email.lower(), command.accepted_terms)
        self.users[user.id] = user
        return user


class CreateUserRequest(BaseModel):
    """The web sign-up form: the terms box must be ticked to submit it."""

    email: str
    display_name: str
    accept_terms: Literal[True]


class UserResponse(BaseModel):
    id: int
    email: str


def create_app(service: UserService) -> FastAPI:
    app = FastAPI()

    def get_service() -> UserService:
        return service

    @app.post("/users", status_code=201)
    def create_user(
        body: CreateUserRequest, users: Annotated[UserService, Depends(get_service)]
    ) -> UserResponse:
        command = RegisterUserCommand(body.email, body.display_name, body.accept_terms)
        user = users.register(command)
        return UserResponse(id=user.id, email=user.email)

    return app


def import_legacy_account(service: UserService, email: str, name: str) -> User:
    """A CLI adapter: the old system never asked for consent, and says so."""
    return service.register(RegisterUserCommand(email, name, accepted_terms=False))


def test_web_and_import_register_through_the_same_command() -> None:
    service = UserService()
    payload = {"email": "Ada@Example.org", "display_name": "Ada", "accept_terms": True}
    response = TestClient(create_app(service)).post("/users", json=payload)
    print(response.status_code, response.json())
    #> 201 {'id': 1, 'email': 'ada@example.org'}
    print(import_legacy_account(service, "grace@example.org", "Grace"))
    #> User(id=2, email='grace@example.org', accepted_terms=False)


test_web_and_import_register_through_the_same_command()
