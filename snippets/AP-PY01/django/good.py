from dataclasses import dataclass
from typing import ClassVar, Self, assert_never

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.db import connection, models, transaction  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework import serializers  # noqa: E402
from rest_framework.decorators import api_view  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

CREDIT_LIMIT_CENTS = 10_000


class Product(models.Model):
    price_cents = models.IntegerField()
    stock = models.IntegerField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


@dataclass(frozen=True)
class OrderPlaced:
    total_cents: int


@dataclass(frozen=True)
class OrderRejected:
    code: str
    message: str


def place_order(product_id: int, quantity: int) -> OrderPlaced | OrderRejected:
    """The use case: checks every rule, then saves in one transaction."""
    with transaction.atomic():
        product = Product.objects.select_for_update().filter(pk=product_id).first()
        if product is None or product.stock < quantity:
            return OrderRejected("out_of_stock", "Not enough stock.")
        total_cents = product.price_cents * quantity
        if total_cents > CREDIT_LIMIT_CENTS:
            return OrderRejected("over_credit_limit", "Over the credit limit.")
        product.stock -= quantity
        product.save(update_fields=["stock"])
    return OrderPlaced(total_cents)


class OrderIn(serializers.Serializer[None]):
    product_id = serializers.IntegerField()
    quantity = serializers.IntegerField(min_value=1)


@api_view(["POST"])
def create_order(request: Request) -> Response:
    """Parse, delegate, map: the view holds no rule of its own."""
    body = OrderIn(data=request.data)
    body.is_valid(raise_exception=True)
    data = body.validated_data
    result = place_order(data["product_id"], data["quantity"])
    match result:
        case OrderPlaced(total_cents=total_cents):
            return Response({"total_cents": total_cents}, status=201)
        case OrderRejected(code=code, message=message):
            error = {"code": code, "message": message, "details": {}}
            return Response({"error": error}, status=409)
        case _:
            assert_never(result)


urlpatterns = [path("orders", create_order)]

with connection.schema_editor() as editor:
    editor.create_model(Product)
Product.objects.create(id=1, price_cents=3_000, stock=5)
print(place_order(product_id=1, quantity=4))  # plain Python: no HTTP client needed
#> OrderRejected(code='over_credit_limit', message='Over the credit limit.')
print("stock:", Product.objects.get(pk=1).stock)
#> stock: 5
client = APIClient()
accepted = client.post("/orders", {"product_id": 1, "quantity": 2}, format="json")
print(accepted.status_code, accepted.json())
#> 201 {'total_cents': 6000}
rejected = client.post("/orders", {"product_id": 1, "quantity": 9}, format="json")
print(rejected.status_code, rejected.json()["error"]["code"])
#> 409 out_of_stock
