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


class OrderIn(serializers.Serializer[None]):
    product_id = serializers.IntegerField()
    quantity = serializers.IntegerField(min_value=1)


@api_view(["POST"])
def create_order(request: Request) -> Response:
    body = OrderIn(data=request.data)
    body.is_valid(raise_exception=True)
    data = body.validated_data
    product = Product.objects.filter(pk=data["product_id"]).first()  # [ARCH-04]
    if product is None or product.stock < data["quantity"]:  # [AP-PY01]
        return Response({"detail": "out of stock"}, status=409)
    product.stock -= data["quantity"]  # [AP-PY01]
    product.save()  # [AP-PY01]
    total = product.price_cents * data["quantity"]  # [AP-PY01]
    if total > CREDIT_LIMIT_CENTS:  # [AP-PY01]
        return Response({"detail": "over the credit limit"}, status=409)
    return Response({"total_cents": total}, status=201)


urlpatterns = [path("orders", create_order)]

with connection.schema_editor() as editor:
    editor.create_model(Product)
Product.objects.create(id=1, price_cents=3_000, stock=5)
# The rules live in the view, so even a pricing check needs the HTTP stack.
response = APIClient().post("/orders", {"product_id": 1, "quantity": 4}, format="json")
stock = Product.objects.get(pk=1).stock
# Rejected, yet the stock was already saved: four units vanished.
print(response.status_code, response.json(), "| stock:", stock)
#> 409 {'detail': 'over the credit limit'} | stock: 1
