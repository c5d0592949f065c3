from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel, ValidationError

MUG_CENTS = 1_000


@dataclass(frozen=True)
class Order:
    id: int
    total_cents: int
    discount_cents: int | None
    currency: str


class OrderService:
    def __init__(self) -> None:
        self.orders: dict[int, Order] = {}

    def create_order(self, quantity: int, currency: str) -> Order:
        discount = MUG_CENTS * quantity // 10 if quantity >= 10 else None
        total = MUG_CENTS * quantity - (discount or 0)
        order = Order(len(self.orders) + 1, total, discount, currency)
        self.orders[order.id] = order
        return order


# Version 1.1 of the contract, shipped as a "small cleanup".
class CreateOrderRequest(BaseModel):
    quantity: int
    currency: str  # new and required: every old client now gets a 422  # [API-06]


class OrderResponse(BaseModel):
    id: int
    total_cents: int
    discount_cents: int | None  # [API-06]
    currency: str


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
    # The old app cannot place an order any more: it never sends a currency.
    print(client.post("/orders", json={"quantity": 2}).status_code)
    #> 422
    # Nor read one placed from the web shop: a field it relies on may now be null.
    response = client.post("/orders", json={"quantity": 2, "currency": "EUR"})
    try:
        OrderV1.model_validate(response.json())
    except ValidationError as error:
        print(error.errors()[0]["loc"], error.errors()[0]["type"])
        #> ('discount_cents',) int_type


test_a_version_1_client_keeps_working()
