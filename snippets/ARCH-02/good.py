from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool

MUG_CENTS = 1_000
GIFT_WRAP_CENTS = 300


# Domain: the rules, no I/O.
@dataclass(frozen=True)
class Order:
    quantity: int
    gift_wrap: bool

    def total_cents(self) -> int:
        return MUG_CENTS * self.quantity + (GIFT_WRAP_CENTS if self.gift_wrap else 0)


# Infrastructure: the table and the session.
class Base(DeclarativeBase):
    pass


class OrderRow(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    quantity: Mapped[int]
    gift_wrap: Mapped[bool]
    total_cents: Mapped[int]


# Use case: one method per business operation; it owns the transaction.
class OrderService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def create_order(self, order: Order) -> OrderRow:
        row = OrderRow(
            quantity=order.quantity,
            gift_wrap=order.gift_wrap,
            total_cents=order.total_cents(),
        )
        self.session.add(row)
        self.session.commit()
        return row


# Adapter: HTTP in, HTTP out.
engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
Base.metadata.create_all(engine)
app = FastAPI()


def get_service() -> Iterator[OrderService]:
    with Session(engine) as session:
        yield OrderService(session)


class CreateOrderRequest(BaseModel):
    quantity: int
    gift_wrap: bool = False


class OrderResponse(BaseModel):
    id: int
    gift_wrap: bool
    total_cents: int


@app.post("/orders", status_code=201)
def create_order(
    body: CreateOrderRequest, orders: Annotated[OrderService, Depends(get_service)]
) -> OrderResponse:
    row = orders.create_order(Order(body.quantity, body.gift_wrap))
    return OrderResponse(
        id=row.id, gift_wrap=row.gift_wrap, total_cents=row.total_cents
    )


def test_gift_wrap_reaches_the_database() -> None:
    print(Order(quantity=2, gift_wrap=True).total_cents())  # the domain, no database
    #> 2300
    response = TestClient(app).post("/orders", json={"quantity": 2, "gift_wrap": True})
    print(response.status_code, response.json())
    #> 201 {'id': 1, 'gift_wrap': True, 'total_cents': 2300}


test_gift_wrap_reaches_the_database()
