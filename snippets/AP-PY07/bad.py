from datetime import UTC, date, datetime, timedelta

from fastapi import FastAPI
from pydantic import BaseModel
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker


class Base(DeclarativeBase):
    pass


class Invoice(Base):
    __tablename__ = "invoices"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer: Mapped[str]
    amount_cents: Mapped[int]
    due_on: Mapped[date]


engine = create_engine("sqlite://")
Base.metadata.create_all(engine)
SessionLocal = sessionmaker(engine, expire_on_commit=False)


class InvoiceService:
    """Looks dependency-free, but reaches for a global database and the wall clock."""

    def issue(self, customer: str, amount_cents: int) -> Invoice:
        due_on = datetime.now(UTC).date() + timedelta(days=30)  # [AP-PY07]
        with SessionLocal() as session:  # [AP-PY07]
            invoice = Invoice(
                customer=customer, amount_cents=amount_cents, due_on=due_on
            )
            session.add(invoice)
            session.commit()
            return invoice


app = FastAPI()


class InvoiceResponse(BaseModel):
    due_on: date


@app.post("/customers/{customer}/invoices", status_code=201)
def issue_invoice(customer: str, amount_cents: int) -> InvoiceResponse:
    return InvoiceResponse(due_on=InvoiceService().issue(customer, amount_cents).due_on)


def test_issue_is_due_in_thirty_days() -> None:
    test_engine = create_engine("sqlite://")
    Base.metadata.create_all(test_engine)
    with Session(test_engine) as session:
        invoice = InvoiceService().issue("acme", 12_000)
        stored = session.scalar(select(func.count()).select_from(Invoice))
        pinned = invoice.due_on == date(2024, 7, 31)
        # The row went to the global database, and the date follows the real clock.
        print(pinned, "| rows in the test database:", stored)
        #> False | rows in the test database: 0


test_issue_is_due_in_thirty_days()
