from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated, assert_never

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import StaticPool, create_engine, update
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


@dataclass(frozen=True)
class Cancelled:
    order_id: int


@dataclass(frozen=True)
class OrderNotFound:
    order_id: int


@dataclass(frozen=True)
class NotCancellable:
    status: str


class OrderService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def cancel_order(self, order_id: int) -> Cancelled | OrderNotFound | NotCancellable:
        """The one cancellation: the HTTP route and the nightly job both call it."""
        order = self.session.get(Order, order_id)
        if order is None:
            return OrderNotFound(order_id)
        if order.status != "pending":
            return NotCancellable(order.status)
        order.status = "cancelled"
        self.session.get_one(Product, order.sku).stock += order.quantity
        self.session.commit()
        return Cancelled(order_id)


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
app = FastAPI()


def get_order_service() -> Iterator[OrderService]:
    with Session(engine) as session:
        yield OrderService(session)


class OrderResponse(BaseModel):
    id: int
    status: str


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorEnvelope(BaseModel):
    error: ErrorBody


def error_response(status: int, code: str, message: str) -> JSONResponse:
    envelope = ErrorEnvelope(error=ErrorBody(code=code, message=message))
    return JSONResponse(envelope.model_dump(), status_code=status)


@app.post(
    "/orders/{order_id}/cancel",
    response_model=OrderResponse,
    responses={404: {"model": ErrorEnvelope}, 409: {"model": ErrorEnvelope}},
)
def cancel_order(
    order_id: int, orders: Annotated[OrderService, Depends(get_order_service)]
) -> OrderResponse | JSONResponse:
    result = orders.cancel_order(order_id)
    match result:
        case Cancelled():
            return OrderResponse(id=order_id, status="cancelled")
        case OrderNotFound():
            return error_response(404, "order_not_found", f"No order {order_id}.")
        case NotCancellable(status=status):
            return error_response(409, "not_cancellable", f"The order is {status}.")
        case _:
            assert_never(result)


def expire_unpaid_orders(session: Session) -> None:
    """The nightly job: its author rewrote the cancellation instead of reusing it."""
    pending = update(Order).where(Order.status == "pending")
    session.execute(pending.values(status="cancelled"))  # [AP-PY17]
    session.commit()


Base.metadata.create_all(engine)
with Session(engine) as session:
    # Two pending orders of one mug each: 2 of the 10 mugs are reserved.
    session.add_all([Product(sku="mug", stock=8), Order(sku="mug", quantity=1)])
    session.add(Order(sku="mug", quantity=1))
    session.commit()

client = TestClient(app)
print(client.post("/orders/1/cancel").json())
#> {'id': 1, 'status': 'cancelled'}
with Session(engine) as session:
    expire_unpaid_orders(session)
    # Both orders are cancelled, yet one mug stays reserved forever.
    print(session.get_one(Product, "mug").stock)
    #> 9
print(client.post("/orders/2/cancel").json()["error"]["code"])
#> not_cancellable
