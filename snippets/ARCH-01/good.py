from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Path
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel


# The core: typed, framework-free, callable from a route, a job or a test.
@dataclass(frozen=True)
class Order:
    id: int
    customer: str
    total_cents: int


class OrderService:
    def __init__(self, orders: list[Order]) -> None:
        self._orders = {order.id: order for order in orders}

    def find_by_id(self, order_id: int) -> Order | None:
        return self._orders.get(order_id)

    def largest_order(self) -> Order:
        return max(self._orders.values(), key=lambda order: order.total_cents)


# The HTTP adapter: parse and validate, delegate, serialize.
class OrderResponse(BaseModel):
    id: int
    customer: str
    total: str  # "12.00" is a wire format, so the adapter decides it


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorEnvelope(BaseModel):
    error: ErrorBody


def create_app(service: OrderService) -> FastAPI:
    app = FastAPI()

    def get_service() -> OrderService:
        return service

    @app.get(
        "/orders/{order_id}",
        response_model=OrderResponse,
        responses={404: {"model": ErrorEnvelope}},
    )
    def get_order(
        order_id: Annotated[int, Path(ge=1)],
        orders: Annotated[OrderService, Depends(get_service)],
    ) -> OrderResponse | JSONResponse:
        order = orders.find_by_id(order_id)
        if order is None:
            missing = ErrorBody(code="order_not_found", message=f"No order {order_id}.")
            return JSONResponse(ErrorEnvelope(error=missing).model_dump(), 404)
        cents = order.total_cents
        total = f"{cents // 100}.{cents % 100:02d}"
        return OrderResponse(id=order.id, customer=order.customer, total=total)

    return app


def weekly_report(service: OrderService) -> str:
    """A second adapter, a scheduled job, reusing the same typed core."""
    largest = service.largest_order()
    return f"largest order: #{largest.id} ({largest.total_cents} cents)"


def test_route_and_job_share_the_core() -> None:
    service = OrderService([Order(1, "acme", 950), Order(2, "globex", 1_200)])
    client = TestClient(create_app(service))
    print(client.get("/orders/2").json())
    #> {'id': 2, 'customer': 'globex', 'total': '12.00'}
    print(client.get("/orders/0").status_code, client.get("/orders/7").status_code)
    #> 422 404
    print(weekly_report(service))
    #> largest order: #2 (1200 cents)


test_route_and_job_share_the_core()
