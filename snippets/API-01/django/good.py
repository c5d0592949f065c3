from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework import serializers  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


class StockItem(models.Model):
    sku = models.CharField(max_length=7, unique=True)
    on_hand = models.IntegerField()
    cost_cents = models.IntegerField()  # internal: what the shop pays the supplier
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


class StockService:
    def restock(self, sku: str, quantity: int) -> StockItem | None:
        item = StockItem.objects.filter(sku=sku).first()
        if item is not None:
            item.on_hand += quantity
            item.save(update_fields=["on_hand"])
        return item


class RestockRequestSerializer(serializers.Serializer[None]):
    """Everything the client may send, and the limits on it."""

    sku = serializers.RegexField(r"^[A-Z]{3}-\d{3}$")
    quantity = serializers.IntegerField(min_value=1, max_value=10_000)


class StockResponseSerializer(serializers.ModelSerializer[StockItem]):
    """Everything the client may see: an allow-list, not the model's columns."""

    class Meta:
        model = StockItem
        fields = ("sku", "on_hand")


def error(
    status: int, code: str, message: str, details: dict[str, str] | None = None
) -> Response:
    """Every error body has the one envelope (ERR-03)."""
    body = {"code": code, "message": message, "details": details or {}}
    return Response({"error": body}, status=status)


class RestockView(APIView):
    def post(self, request: Request) -> Response:
        incoming = RestockRequestSerializer(data=request.data)
        if not incoming.is_valid():
            fields = {name: str(errors[0]) for name, errors in incoming.errors.items()}
            return error(400, "invalid", "Invalid input.", fields)
        sku: str = incoming.validated_data["sku"]
        item = StockService().restock(sku, incoming.validated_data["quantity"])
        if item is None:
            return error(404, "unknown_sku", f"No item {sku}.")
        return Response(StockResponseSerializer(item).data)


urlpatterns = [path("stock/restock", RestockView.as_view())]


def test_restock_validates_and_shapes() -> None:
    with connection.schema_editor() as editor:
        editor.create_model(StockItem)
    StockItem.objects.create(sku="MUG-001", on_hand=20, cost_cents=310)
    client = APIClient()
    ok = client.post("/stock/restock", {"sku": "MUG-001", "quantity": 5}, format="json")
    print(ok.status_code, ok.json())
    #> 200 {'sku': 'MUG-001', 'on_hand': 25}
    typo = client.post(
        "/stock/restock", {"sku": "MUG-001", "quantity": -500}, format="json"
    )
    print(typo.status_code, typo.json()["error"]["details"])
    #> 400 {'quantity': 'Ensure this value is greater than or equal to 1.'}
    print(StockItem.objects.get(sku="MUG-001").on_hand)
    #> 25
    unknown = client.post(
        "/stock/restock", {"sku": "CUP-404", "quantity": 1}, format="json"
    )
    print(unknown.status_code, unknown.json()["error"]["code"])
    #> 404 unknown_sku


test_restock_validates_and_shapes()
