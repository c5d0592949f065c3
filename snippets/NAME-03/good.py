from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel


class CreateUserRequest(BaseModel):  # what the client may send
    email: str
    display_name: str


class UserResponse(BaseModel):  # what the client gets back
    id: int
    email: str
    display_name: str


@dataclass(frozen=True)
class CreateUserCommand:  # what the core is asked to do
    email: str
    display_name: str


@dataclass(frozen=True)
class User:  # the domain model
    id: int
    email: str
    display_name: str


class UserService:
    def __init__(self) -> None:
        self._users: list[User] = []

    def create_user(self, command: CreateUserCommand) -> User:
        user = User(len(self._users) + 1, command.email.lower(), command.display_name)
        self._users.append(user)
        return user


app = FastAPI()
app.state.users = UserService()


def get_user_service(request: Request) -> UserService:
    users: UserService = request.app.state.users
    return users


@app.post("/users", status_code=201)
def create_user(
    payload: CreateUserRequest,
    users: Annotated[UserService, Depends(get_user_service)],
) -> UserResponse:
    command = CreateUserCommand(payload.email, payload.display_name)
    user = users.create_user(command)
    return UserResponse(id=user.id, email=user.email, display_name=user.display_name)


# Each class name says which edge it belongs to and which way the data flows.
client = TestClient(app)
body = {"email": "Ada@Example.com", "display_name": "Ada"}
response = client.post("/users", json=body)
print(response.status_code, response.json())
#> 201 {'id': 1, 'email': 'ada@example.com', 'display_name': 'Ada'}
