from dataclasses import dataclass
from unittest.mock import MagicMock

from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200))


class SqlAlchemyUserRepository:
    def __init__(self, session: Session) -> None:
        self._session = session

    def find_by_email(self, email: str) -> UserRow | None:
        return self._session.scalar(select(UserRow).where(UserRow.email == email))

    def add(self, email: str) -> None:
        self._session.add(UserRow(email=email))


@dataclass(frozen=True)
class EmailTaken:
    email: str


class UserService:
    def __init__(self, users: SqlAlchemyUserRepository) -> None:
        self._users = users

    def register(self, email: str) -> EmailTaken | None:
        normalized = email.strip().lower()
        if self._users.find_by_email(email) is not None:  # bug: not normalized
            return EmailTaken(normalized)
        self._users.add(normalized)
        return None


def test_register_looks_up_then_adds() -> None:
    users = MagicMock()  # [AP-PY06, NAME-08]
    users.find_by_email.return_value = None
    UserService(users).register("Ada@Example.com")
    users.find_by_email.assert_called_once_with("Ada@Example.com")  # [AP-PY06]
    users.add.assert_called_once_with("ada@example.com")  # [AP-PY06]


# The mock test is green: it checks the calls the code makes, bug included.
test_register_looks_up_then_adds()
print("passed")
#> passed

# With the real repository, one person signs up twice and gets two accounts.
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    service = UserService(SqlAlchemyUserRepository(session))
    service.register("ada@example.com")
    service.register("Ada@Example.com")
    print(session.scalars(select(UserRow.email)).all())
    #> ['ada@example.com', 'ada@example.com']
