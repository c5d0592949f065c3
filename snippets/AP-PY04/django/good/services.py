from dataclasses import dataclass


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
