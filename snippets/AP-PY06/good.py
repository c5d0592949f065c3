from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class User:
    id: int
    email: str


@dataclass(frozen=True)
class EmailTaken:
    """The address already belongs to an account: an expected outcome, not a bug."""

    email: str


class UserRepository(Protocol):
    def find_by_email(self, email: str) -> User | None: ...

    def add(self, email: str) -> User: ...


class InMemoryUserRepository:
    """A fake that keeps the real contract: exact-match lookups, ids from 1."""

    def __init__(self) -> None:
        self._by_email: dict[str, User] = {}

    def find_by_email(self, email: str) -> User | None:
        return self._by_email.get(email)

    def add(self, email: str) -> User:
        user = User(id=len(self._by_email) + 1, email=email)
        self._by_email[email] = user
        return user


class UserService:
    def __init__(self, users: UserRepository) -> None:
        self._users = users

    def register(self, email: str) -> User | EmailTaken:
        normalized = email.strip().lower()
        if self._users.find_by_email(normalized) is not None:
            return EmailTaken(normalized)
        return self._users.add(normalized)


def test_register_new_email_stores_it_normalized() -> None:
    users = InMemoryUserRepository()
    user = UserService(users).register(" Ada@Example.com")
    assert users.find_by_email("ada@example.com") == user


def test_register_same_email_in_other_case_returns_email_taken() -> None:
    service = UserService(InMemoryUserRepository())
    service.register("ada@example.com")
    assert service.register("Ada@Example.com") == EmailTaken("ada@example.com")


# The tests check outcomes (what is stored, what is refused), not the calls made.
test_register_new_email_stores_it_normalized()
test_register_same_email_in_other_case_returns_email_taken()
print(UserService(InMemoryUserRepository()).register("Ada@Example.com"))
#> User(id=1, email='ada@example.com')
