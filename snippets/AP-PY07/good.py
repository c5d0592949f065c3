from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Annotated

from fastapi import Depends, FastAPI
from pydantic import BaseModel
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

Clock = Callable[[], datetime]
FIXED_TIME = datetime(2024, 7, 1, 9, 30, tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class Invoice(Base):
    __tablename__ = "invoices"
    id: Mapped[int] = mapped_column(primary_key=True)
    customer: Mapped[str]
    amount_cents: Mapped[int]
    due_on: Mapped[date]


class InvoiceService:
    """Everything the service touches arrives through its constructor."""

    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.clock = clock

    def issue(self, customer: str, amount_cents: int) -> Invoice:
        due_on = self.clock().date() + timedelta(days=30)
        invoice = Invoice(customer=customer, amount_cents=amount_cents, due_on=due_on)
        self.session.add(invoice)
        self.session.commit()
        return invoice


# The composition root: the one place that picks the real database and clock.
engine = create_engine("sqlite://")
app = FastAPI()


def get_invoice_service() -> Iterator[InvoiceService]:
    with Session(engine) as session:
        yield InvoiceService(session, clock=lambda: datetime.now(UTC))


class InvoiceResponse(BaseModel):
    due_on: date


@app.post("/customers/{customer}/invoices", status_code=201)
def issue_invoice(
    customer: str,
    amount_cents: int,
    service: Annotated[InvoiceService, Depends(get_invoice_service)],
) -> InvoiceResponse:
    return InvoiceResponse(due_on=service.issue(customer, amount_cents).due_on)


def test_issue_is_due_in_thirty_days() -> None:
    test_engine = create_engine("sqlite://")
    Base.metadata.create_all(test_engine)
    with Session(test_engine) as session:
        service = InvoiceService(session, clock=lambda: FIXED_TIME)
        invoice = service.issue("acme", 12_000)
        stored = session.scalar(select(func.count()).select_from(Invoice))
        print(invoice.due_on, "| rows in the test database:", stored)
        #> 2024-07-31 | rows in the test database: 1


test_issue_is_due_in_thirty_days()
