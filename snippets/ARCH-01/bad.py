from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient


@dataclass(frozen=True)
class Order:
    id: int
    customer: str
    total_cents: int


class OrderService:
    """Called "the core", but it speaks HTTP and JSON."""

    def __init__(self, orders: list[Order]) -> None:
        self._orders = {order.id: order for order in orders}

    def find_by_id(self, order_id: int) -> dict[str, str]:
        order = self._orders.get(order_id)
        if order is None:
            raise HTTPException(status_code=404, detail="order not found")  # [ARCH-01]
        return self._to_json(order)

    def list_orders(self) -> list[dict[str, str]]:
        return [self._to_json(order) for order in self._orders.values()]

    def _to_json(self, order: Order) -> dict[str, str]:  # [ARCH-01]
        cents = order.total_cents
        total = f"{cents // 100}.{cents % 100:02d}"
        return {"id": str(order.id), "customer": order.customer, "total": total}


def create_app(service: OrderService) -> FastAPI:
    app = FastAPI()

    def get_service() -> OrderService:
        return service

    @app.get("/orders/{order_id}")
    def get_order(
        order_id: str, orders: Annotated[OrderService, Depends(get_service)]
    ) -> dict[str, str]:
        return orders.find_by_id(int(order_id))  # [ARCH-01]

    return app


def weekly_report(service: OrderService) -> str:
    """The scheduled job gets the wire format too: totals are strings."""
    largest = max(service.list_orders(), key=lambda order: order["total"])
    return f"largest order: #{largest['id']} ({largest['total']})"


def test_route_and_job_share_the_core() -> None:
    service = OrderService([Order(1, "acme", 950), Order(2, "globex", 1_200)])
    client = TestClient(create_app(service), raise_server_exceptions=False)
    print(client.get("/orders/2").json())
    #> {'id': '2', 'customer': 'globex', 'total': '12.00'}
    # Nothing parsed the path, so a typo is a server error, not a 422.
    print(client.get("/orders/abc").status_code)
    #> 500
    # "9.50" > "12.00" as text: the report names the smaller order.
    print(weekly_report(service))
    #> largest order: #1 (9.50)


test_route_and_job_share_the_core()
