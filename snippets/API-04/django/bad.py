import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.urls import path  # noqa: E402
from rest_framework.decorators import api_view  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402


class OrderService:
    def __init__(self, orders: dict[int, dict[int, str]]) -> None:
        self.orders = orders  # order id -> {item id -> sku}

    def list_items(self, order_id: int) -> dict[int, str] | None:
        return self.orders.get(order_id)

    def create_item(self, order_id: int, sku: str) -> int | None:
        items = self.orders.get(order_id)
        if items is None:
            return None
        item_id = max(items, default=0) + 1
        items[item_id] = sku
        return item_id

    def delete_item(self, order_id: int, item_id: int) -> bool:
        return self.orders.get(order_id, {}).pop(item_id, None) is not None


orders = OrderService({7: {1: "MUG-001"}})


@api_view(["POST"])
def get_order_items(_request: Request, order_id: int) -> Response:
    items = orders.list_items(order_id)
    if items is None:
        return Response({"error": "order not found"})  # [API-04]
    return Response({"items": [{"id": key, "sku": sku} for key, sku in items.items()]})


@api_view(["POST"])
def add_order_item(_request: Request, order_id: int, sku: str) -> Response:
    return Response({"ok": True, "id": orders.create_item(order_id, sku)})


@api_view(["GET"])
def delete_order_item(_request: Request, order_id: int, item_id: int) -> Response:
    return Response({"ok": orders.delete_item(order_id, item_id)})


urlpatterns = [
    path("getOrderItems/<int:order_id>", get_order_items),  # [API-04]
    path("addOrderItem/<int:order_id>/<str:sku>", add_order_item),  # [API-04]
    path("deleteOrderItem/<int:order_id>/<int:item_id>", delete_order_item),  # [API-04]
]


def test_items_follow_http_semantics() -> None:
    client = APIClient()
    # No order 8, yet the client is told it worked.
    added = client.post("/addOrderItem/8/TEA-002")
    print(added.status_code, added.json())
    #> 200 {'ok': True, 'id': None}
    # A link preview or a prefetching proxy only "looks at" a GET link...
    client.get("/deleteOrderItem/7/1")
    # ...and the item is gone.
    print(client.post("/getOrderItems/7").json())
    #> {'items': []}
    # Errors arrive as 200: retries, caches and monitoring all see a success.
    missing = client.post("/getOrderItems/8")
    print(missing.status_code, missing.json())
    #> 200 {'error': 'order not found'}


test_items_follow_http_semantics()
