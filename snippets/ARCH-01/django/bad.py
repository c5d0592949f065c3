from dataclasses import dataclass

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.urls import URLPattern, path  # noqa: E402
from rest_framework.decorators import api_view  # noqa: E402
from rest_framework.exceptions import NotFound  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402


@dataclass(frozen=True)
class Order:
    id: int
    customer: str
    total_cents: int


class OrderService:
    """Called "the core", but it speaks DRF and JSON."""

    def __init__(self, orders: list[Order]) -> None:
        self._orders = {order.id: order for order in orders}

    def find_by_id(self, order_id: int) -> dict[str, str]:
        order = self._orders.get(order_id)
        if order is None:
            raise NotFound("order not found")  # [ARCH-01]
        return self._to_json(order)

    def list_orders(self) -> list[dict[str, str]]:
        return [self._to_json(order) for order in self._orders.values()]

    def _to_json(self, order: Order) -> dict[str, str]:  # [ARCH-01]
        cents = order.total_cents
        total = f"{cents // 100}.{cents % 100:02d}"
        return {"id": str(order.id), "customer": order.customer, "total": total}


def order_urls(service: OrderService) -> list[URLPattern]:
    @api_view(["GET"])
    def order_detail(_request: Request, order_id: str) -> Response:
        return Response(service.find_by_id(int(order_id)))  # [ARCH-01]

    return [path("orders/<str:order_id>", order_detail)]


def weekly_report(service: OrderService) -> str:
    """The scheduled job gets the wire format too: totals are strings."""
    largest = max(service.list_orders(), key=lambda order: order["total"])
    return f"largest order: #{largest['id']} ({largest['total']})"


orders = OrderService([Order(1, "acme", 950), Order(2, "globex", 1_200)])
urlpatterns = order_urls(orders)
client = APIClient(raise_request_exception=False)
print(client.get("/orders/2").json())
#> {'id': '2', 'customer': 'globex', 'total': '12.00'}
# Nothing parsed the path, so a typo is a server error, not a client error.
print(client.get("/orders/abc").status_code)
#> 500
# "9.50" > "12.00" as text: the report names the smaller order.
print(weekly_report(orders))
#> largest order: #1 (9.50)
