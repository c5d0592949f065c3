from collections.abc import Iterator
from typing import Annotated

import pytest
from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column
from sqlalchemy.pool import StaticPool

CREDIT_LIMIT_CENTS = 10_000


class Base(DeclarativeBase):
    pass


class Product(Base):
    __tablename__ = "products"
    id: Mapped[int] = mapped_column(primary_key=True)
    price_cents: Mapped[int]
    stock: Mapped[int]


class OrderRejectedError(Exception):
    pass


class OrderService:
    """The use case: checks every rule, then changes state and commits once."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def place_order(self, product_id: int, quantity: int) -> int:
        product = self.session.get(Product, product_id)
        if product is None or product.stock < quantity:
            raise OrderRejectedError("out of stock")
        total_cents = product.price_cents * quantity
        if total_cents > CREDIT_LIMIT_CENTS:
            raise OrderRejectedError("over the credit limit")
        product.stock -= quantity
        self.session.commit()
        return total_cents


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
Base.metadata.create_all(engine)
app = FastAPI()


def get_service() -> Iterator[OrderService]:
    with Session(engine) as session:
        yield OrderService(session)


class OrderRequest(BaseModel):
    product_id: int
    quantity: int


class OrderResponse(BaseModel):
    total_cents: int


@app.post("/orders", status_code=201)
def place_order(
    body: OrderRequest, service: Annotated[OrderService, Depends(get_service)]
) -> OrderResponse:
    """Parse, delegate, map: the route holds no rule of its own."""
    try:
        total_cents = service.place_order(body.product_id, body.quantity)
    except OrderRejectedError as error:
        raise HTTPException(status_code=409, detail=str(error)) from error
    return OrderResponse(total_cents=total_cents)


def test_rejected_order_keeps_the_stock() -> None:
    with Session(engine) as session:
        session.add(Product(id=1, price_cents=3_000, stock=5))
        session.commit()
        service = OrderService(session)  # plain Python: no HTTP client needed
        with pytest.raises(OrderRejectedError, match="over the credit limit"):
            service.place_order(product_id=1, quantity=4)
        print("stock:", session.get_one(Product, 1).stock)
        #> stock: 5


def test_route_maps_the_outcome() -> None:
    client = TestClient(app)
    accepted = client.post("/orders", json={"product_id": 1, "quantity": 2})
    print(accepted.status_code, accepted.json())
    #> 201 {'total_cents': 6000}
    rejected = client.post("/orders", json={"product_id": 1, "quantity": 9})
    print(rejected.status_code, rejected.json())
    #> 409 {'detail': 'out of stock'}


test_rejected_order_keeps_the_stock()
test_route_maps_the_outcome()
