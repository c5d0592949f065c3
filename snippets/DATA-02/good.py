import datetime as dt
from typing import Protocol

from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Invoice(Base):
    __tablename__ = "invoices"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer: Mapped[str]
    due_on: Mapped[dt.date]
    paid: Mapped[bool] = mapped_column(default=False)


class InvoiceRepository(Protocol):
    """The port: the one persistence question the dunning core needs answered."""

    def find_overdue(self, today: dt.date) -> list[Invoice]: ...


class SqlAlchemyInvoiceRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def find_overdue(self, today: dt.date) -> list[Invoice]:
        unpaid_past_due = (Invoice.due_on < today) & Invoice.paid.is_(False)
        return list(self.session.scalars(select(Invoice).where(unpaid_past_due)))


class InMemoryInvoiceRepository:
    def __init__(self, invoices: list[Invoice]) -> None:
        self.invoices = invoices

    def find_overdue(self, today: dt.date) -> list[Invoice]:
        return [i for i in self.invoices if i.due_on < today and not i.paid]


def reminders(invoices: InvoiceRepository, today: dt.date) -> list[str]:
    return [f"remind {invoice.customer}" for invoice in invoices.find_overdue(today)]


def overdue_count(invoices: InvoiceRepository, today: dt.date) -> int:
    return len(invoices.find_overdue(today))


def mark_paid(session: Session, invoice_id: int) -> None:
    """A plain primary-key update needs no repository: the Session is enough."""
    with session.begin():
        session.get_one(Invoice, invoice_id).paid = True


TODAY = dt.date(2025, 3, 10)
rows = [
    Invoice(id=1, customer="acme", due_on=dt.date(2025, 3, 1)),
    Invoice(id=2, customer="globex", due_on=TODAY),
    Invoice(id=3, customer="initech", due_on=dt.date(2025, 2, 1)),
]
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    with session.begin():
        session.add_all(rows)
    mark_paid(session, 3)
    repository = SqlAlchemyInvoiceRepository(session)
    # Every caller asks the same named question and gets the same answer.
    print(reminders(repository, TODAY), overdue_count(repository, TODAY))
    #> ['remind acme'] 1


def test_reminders_skip_paid_invoices() -> None:
    paid = Invoice(customer="initech", due_on=dt.date(2025, 2, 1), paid=True)
    fake = InMemoryInvoiceRepository([paid])
    assert reminders(fake, TODAY) == []


test_reminders_skip_paid_invoices()
