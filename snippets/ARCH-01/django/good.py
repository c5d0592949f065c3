from dataclasses import dataclass

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.urls import URLPattern, path  # noqa: E402
from rest_framework import serializers  # noqa: E402
from rest_framework.decorators import api_view  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402


# The core: typed, framework-free, callable from a view, a job or a test.
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


# The HTTP adapter: the URL converter parses, the view delegates, a serializer renders.
class OrderOut(serializers.Serializer[Order]):
    id = serializers.IntegerField()
    customer = serializers.CharField()
    total = serializers.SerializerMethodField()

    def get_total(self, order: Order) -> str:
        return f"{order.total_cents // 100}.{order.total_cents % 100:02d}"


def order_urls(service: OrderService) -> list[URLPattern]:
    @api_view(["GET"])
    def order_detail(_request: Request, order_id: int) -> Response:
        order = service.find_by_id(order_id)
        if order is None:
            message = f"No order {order_id}."
            error = {"code": "order_not_found", "message": message, "details": {}}
            return Response({"error": error}, status=404)
        return Response(OrderOut(order).data)

    return [path("orders/<int:order_id>", order_detail)]


def weekly_report(service: OrderService) -> str:
    """A second adapter, a scheduled job, reusing the same typed core."""
    largest = service.largest_order()
    return f"largest order: #{largest.id} ({largest.total_cents} cents)"


orders = OrderService([Order(1, "acme", 950), Order(2, "globex", 1_200)])
urlpatterns = order_urls(orders)
client = APIClient()
print(client.get("/orders/2").json())
#> {'id': 2, 'customer': 'globex', 'total': '12.00'}
# "abc" never reaches the view: the <int:> converter refuses it at the edge.
print(client.get("/orders/abc").status_code, client.get("/orders/7").status_code)
#> 404 404
print(weekly_report(orders))
#> largest order: #2 (1200 cents)
