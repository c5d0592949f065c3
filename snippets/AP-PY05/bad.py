from collections.abc import Callable

from sqlalchemy import Engine, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Customer(Base):
    __tablename__ = "customers"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(200), unique=True)


_engine: Engine | None = None
_pending_welcome_emails: list[str] = []


def get_engine() -> Engine:
    """One engine for the whole process, created on first use."""
    global _engine  # [AP-PY05]
    if _engine is None:
        _engine = create_engine("sqlite://")
        Base.metadata.create_all(_engine)
    return _engine


def register_customer(email: str) -> None:
    with Session(get_engine()) as session:
        session.add(Customer(email=email))
        session.commit()
    _pending_welcome_emails.append(email)  # [AP-PY05]


def list_emails() -> list[str]:
    with Session(get_engine()) as session:
        return list(session.scalars(select(Customer.email).order_by(Customer.email)))


def test_list_emails_without_customers_is_empty() -> None:
    assert list_emails() == []


def test_register_customer_lists_its_email() -> None:
    register_customer("ada@example.com")
    assert list_emails() == ["ada@example.com"]


def outcome(test: Callable[[], None]) -> str:
    try:
        test()
    except AssertionError:
        return "failed"
    return "passed"


# The same test passes or fails depending on what ran before it in the process.
print(outcome(test_list_emails_without_customers_is_empty))
#> passed
print(outcome(test_register_customer_lists_its_email))
#> passed
print(outcome(test_list_emails_without_customers_is_empty))
#> failed
# Both module-level values outlive the tests: the rows and the queued welcome emails.
print(list_emails(), _pending_welcome_emails)
#> ['ada@example.com'] ['ada@example.com']
