from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from sqlalchemy import StaticPool, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"
    sku: Mapped[str] = mapped_column(primary_key=True)
    stock: Mapped[int]


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str]
    quantity: Mapped[int]
    status: Mapped[str] = mapped_column(default="pending")


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
app = FastAPI()


def get_session() -> Iterator[Session]:
    with Session(engine) as session:
        yield session


@dataclass(frozen=True)
class Cancelled:
    order_id: int


@dataclass(frozen=True)
class NotCancellable:
    order_id: int
    status: str


def cancel_order(session: Session, order_id: int) -> Cancelled | NotCancellable:
    """The one cancellation: the HTTP route and the nightly job both call it."""
    order = session.get_one(Order, order_id)
    if order.status != "pending":
        return NotCancellable(order_id, order.status)
    order.status = "cancelled"
    session.get_one(Product, order.sku).stock += order.quantity
    session.commit()
    return Cancelled(order_id)


@app.post("/orders/{order_id}/cancel")
def cancel(order_id: int, session: Annotated[Session, Depends(get_session)]) -> str:
    match cancel_order(session, order_id):
        case Cancelled():
            return "cancelled"
        case NotCancellable(status=status):
            raise HTTPException(409, f"order {order_id} is {status}")


def expire_unpaid_orders(session: Session) -> None:
    """The nightly job: an adapter that picks the orders and reuses the core."""
    pending = session.scalars(select(Order.id).where(Order.status == "pending"))
    for order_id in pending.all():
        cancel_order(session, order_id)


Base.metadata.create_all(engine)
with Session(engine) as session:
    # Two pending orders of one mug each: 2 of the 10 mugs are reserved.
    session.add_all([Product(sku="mug", stock=8), Order(sku="mug", quantity=1)])
    session.add(Order(sku="mug", quantity=1))
    session.commit()

print(TestClient(app).post("/orders/1/cancel").json())
#> cancelled
with Session(engine) as session:
    expire_unpaid_orders(session)
    # Both cancellations put their mug back.
    print(session.get_one(Product, "mug").stock)
    #> 10
print(TestClient(app).post("/orders/2/cancel").status_code)
#> 409
