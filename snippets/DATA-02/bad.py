import datetime as dt

from sqlalchemy import ColumnElement, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Invoice(Base):
    __tablename__ = "invoices"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer: Mapped[str]
    due_on: Mapped[dt.date]
    paid: Mapped[bool] = mapped_column(default=False)


class InvoiceRepository:
    """Looks like a boundary, but every caller still writes the SQL condition."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def find(self, *criteria: ColumnElement[bool]) -> list[Invoice]:  # [DATA-02]
        return list(self.session.scalars(select(Invoice).where(*criteria)))


def reminders(invoices: InvoiceRepository, today: dt.date) -> list[str]:
    overdue = invoices.find(Invoice.due_on < today, ~Invoice.paid)  # [DATA-02]
    return [f"remind {invoice.customer}" for invoice in overdue]


def overdue_count(invoices: InvoiceRepository, today: dt.date) -> int:
    return len(invoices.find(Invoice.due_on <= today, ~Invoice.paid))  # [DATA-02]


TODAY = dt.date(2025, 3, 10)
rows = [
    Invoice(id=1, customer="acme", due_on=dt.date(2025, 3, 1)),
    Invoice(id=2, customer="globex", due_on=TODAY),
    Invoice(id=3, customer="initech", due_on=dt.date(2025, 2, 1), paid=True),
]
engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
with Session(engine) as session:
    with session.begin():
        session.add_all(rows)
    repository = InvoiceRepository(session)
    # Two callers, two meanings of "overdue": the dashboard counts globex, due
    # today, while no reminder goes out. No in-memory fake can take SQL criteria.
    print(reminders(repository, TODAY), overdue_count(repository, TODAY))
    #> ['remind acme'] 2
