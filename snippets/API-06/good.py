from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel

MUG_CENTS = 1_000


@dataclass(frozen=True)
class Order:
    id: int
    total_cents: int
    discount_cents: int
    currency: str


class OrderService:
    def __init__(self) -> None:
        self.orders: dict[int, Order] = {}

    def create_order(self, quantity: int, currency: str) -> Order:
        discount = MUG_CENTS * quantity // 10 if quantity >= 10 else 0
        total = MUG_CENTS * quantity - discount
        order = Order(len(self.orders) + 1, total, discount, currency)
        self.orders[order.id] = order
        return order


# Version 1.1 of the contract: only additions, every old field keeps its type.
class CreateOrderRequest(BaseModel):
    quantity: int
    currency: str = "EUR"  # new and optional: old clients get the old behaviour


class OrderResponse(BaseModel):
    id: int
    total_cents: int
    discount_cents: int  # still never null: 0 means "no discount"
    currency: str  # new: old clients ignore fields they do not know


def create_app(service: OrderService) -> FastAPI:
    app = FastAPI()

    def get_service() -> OrderService:
        return service

    @app.post("/orders", status_code=201)
    def create_order(
        body: CreateOrderRequest, orders: Annotated[OrderService, Depends(get_service)]
    ) -> OrderResponse:
        order = orders.create_order(body.quantity, body.currency)
        return OrderResponse(
            id=order.id,
            total_cents=order.total_cents,
            discount_cents=order.discount_cents,
            currency=order.currency,
        )

    return app


class OrderV1(BaseModel):
    """What the mobile app released against version 1.0 parses, still installed."""

    id: int
    total_cents: int
    discount_cents: int


def test_a_version_1_client_keeps_working() -> None:
    client = TestClient(create_app(OrderService()))
    response = client.post("/orders", json={"quantity": 2})
    print(response.status_code, OrderV1.model_validate(response.json()))
    #> 201 id=1 total_cents=2000 discount_cents=0


test_a_version_1_client_keeps_working()
