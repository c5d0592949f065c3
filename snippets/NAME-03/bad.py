from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel


class UserIn(BaseModel):  # [NAME-03]
    email: str
    display_name: str


class UserOut(BaseModel):  # [NAME-03]
    id: int
    email: str
    display_name: str


@dataclass(frozen=True)
class UserData:  # [NAME-03]
    email: str
    display_name: str


@dataclass(frozen=True)
class User:
    id: int
    email: str
    display_name: str


class UserService:
    def __init__(self) -> None:
        self._users: list[User] = []

    def create_user(self, command: UserData) -> User:
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
    payload: UserIn,
    users: Annotated[UserService, Depends(get_user_service)],
) -> UserOut:
    command = UserData(payload.email, payload.display_name)
    user = users.create_user(command)
    return UserOut(id=user.id, email=user.email, display_name=user.display_name)


# It works, but is `UserData` a request, a row or a command? Is `UserOut` safe to
# return, and what should the update request be called: `UserIn2`?
client = TestClient(app)
body = {"email": "Ada@Example.com", "display_name": "Ada"}
response = client.post("/users", json=body)
print(response.status_code, response.json())
#> 201 {'id': 1, 'email': 'ada@example.com', 'display_name': 'Ada'}
