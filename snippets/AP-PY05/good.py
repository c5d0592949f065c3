from collections.abc import Callable

from sqlalchemy import String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200), unique=True)


def register_customer(session: Session, email: str) -> None:
    session.add(Customer(email=email))
    session.flush()


def list_emails(session: Session) -> list[str]:
    return list(session.scalars(select(Customer.email).order_by(Customer.email)))


def fresh_session() -> Session:
    """What a fixture does: each test gets its own engine and database.

    The application does the same once, at start-up, and hands sessions to the
    routes through a dependency; no module ever holds the engine.
    """
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    return Session(engine)


def test_list_emails_without_customers_is_empty() -> None:
    with fresh_session() as session:
        assert list_emails(session) == []


def test_register_customer_lists_its_email() -> None:
    with fresh_session() as session:
        register_customer(session, "ada@example.com")
        assert list_emails(session) == ["ada@example.com"]


def outcome(test: Callable[[], None]) -> str:
    try:
        test()
    except AssertionError:
        return "failed"
    return "passed"


# Each test sees only what it created, whatever ran before it.
print(outcome(test_list_emails_without_customers_is_empty))
#> passed
print(outcome(test_register_customer_lists_its_email))
#> passed
print(outcome(test_list_emails_without_customers_is_empty))
#> passed
