from dataclasses import dataclass

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
    REST_FRAMEWORK={"TEST_REQUEST_DEFAULT_FORMAT": "json"},
)
django.setup()

from django.urls import path  # noqa: E402
from rest_framework import serializers  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


@dataclass(frozen=True)
class OrderItem:
    id: int
    sku: str


class OrderService:
    def __init__(self, orders: dict[int, dict[int, str]]) -> None:
        self.orders = orders  # order id -> {item id -> sku}

    def list_items(self, order_id: int) -> list[OrderItem] | None:
        items = self.orders.get(order_id)
        return None if items is None else [OrderItem(*item) for item in items.items()]

    def create_item(self, order_id: int, sku: str) -> OrderItem | None:
        items = self.orders.get(order_id)
        if items is None:
            return None
        item_id = max(items, default=0) + 1
        items[item_id] = sku
        return OrderItem(item_id, sku)

    def delete_item(self, order_id: int, item_id: int) -> bool:
        return self.orders.get(order_id, {}).pop(item_id, None) is not None


orders = OrderService({7: {1: "MUG-001"}})


class CreateItemRequestSerializer(serializers.Serializer[None]):
    sku = serializers.CharField(max_length=20)


class ItemResponseSerializer(serializers.Serializer[OrderItem]):
    id = serializers.IntegerField()
    sku = serializers.CharField()


def not_found(code: str, message: str) -> Response:
    body = {"code": code, "message": message, "details": {}}
    return Response({"error": body}, status=404)


class OrderItemListView(APIView):
    def get(self, _request: Request, order_id: int) -> Response:
        items = orders.list_items(order_id)
        if items is None:
            return not_found("order_not_found", f"No order {order_id}.")
        return Response([ItemResponseSerializer(item).data for item in items])

    def post(self, request: Request, order_id: int) -> Response:
        body = CreateItemRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        item = orders.create_item(order_id, body.validated_data["sku"])
        if item is None:
            return not_found("order_not_found", f"No order {order_id}.")
        return Response(ItemResponseSerializer(item).data, status=201)


class OrderItemDetailView(APIView):
    def delete(self, _request: Request, order_id: int, item_id: int) -> Response:
        if not orders.delete_item(order_id, item_id):
            return not_found("item_not_found", f"No item {item_id}.")
        return Response(status=204)


urlpatterns = [
    path("orders/<int:order_id>/items", OrderItemListView.as_view()),
    path("orders/<int:order_id>/items/<int:item_id>", OrderItemDetailView.as_view()),
]


def test_items_follow_http_semantics() -> None:
    client = APIClient()
    added = client.post("/orders/7/items", {"sku": "TEA-002"})
    print(added.status_code, added.json())
    #> 201 {'id': 2, 'sku': 'TEA-002'}
    # A link preview only reads: the view has no GET handler that could delete.
    print(client.get("/orders/7/items/1").status_code)
    #> 405
    print(client.delete("/orders/7/items/1").status_code)
    #> 204
    print(client.get("/orders/7/items").json())
    #> [{'id': 2, 'sku': 'TEA-002'}]
    missing = client.get("/orders/8/items")
    print(missing.status_code, missing.json()["error"]["code"])
    #> 404 order_not_found


test_items_follow_http_semantics()
