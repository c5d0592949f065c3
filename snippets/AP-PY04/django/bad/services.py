from dataclasses import dataclass

from serializers import SignUpSerializer  # [AP-PY04]


@dataclass(frozen=True)
class User:
    id: int
    email: str
    accepted_terms: bool


class UserService:
    def __init__(self) -> None:
        self.users: dict[int, User] = {}

    def register(self, form: SignUpSerializer) -> User:
        data = form.validated_data
        user = User(len(self.users) + 1, data["email"].lower(), data["accept_terms"])
        self.users[user.id] = user
        return user
