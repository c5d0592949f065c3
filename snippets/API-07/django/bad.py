from dataclasses import dataclass

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.urls import path  # noqa: E402
from rest_framework import serializers  # noqa: E402
from rest_framework.decorators import api_view  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402


@dataclass
class Product:
    id: int
    name: str
    price_cents: int


class ProductService:
    def __init__(self, products: list[Product]) -> None:
        self.products = {product.id: product for product in products}

    def find_by_id(self, product_id: int) -> Product | None:
        return self.products.get(product_id)


products = ProductService([Product(1, "Tea mug", 1_200)])


class ProductResponseSerializer(serializers.Serializer[Product]):
    id = serializers.IntegerField()
    name = serializers.CharField()
    price_cents = serializers.IntegerField()


@api_view(["GET"])
def get_product(_request: Request, product_id: int) -> Response:
    product = products.find_by_id(product_id)
    if product is None:
        missing = {"code": "product_not_found", "message": "No such product."}
        return Response({"error": {**missing, "details": {}}}, status=404)
    # No validator, so every poll rebuilds and resends the same body.
    return Response(ProductResponseSerializer(product).data)  # [API-07]


urlpatterns = [path("products/<int:product_id>", get_product)]


def test_unchanged_product_is_not_sent_again() -> None:
    client = APIClient()
    statuses, body_bytes, tag = [], 0, ""
    for poll in range(4):  # a shop page polling for price changes
        if poll == 2:
            products.products[1].price_cents = 1_100
        response = client.get("/products/1", headers={"If-None-Match": tag})
        statuses.append(response.status_code)
        body_bytes += len(response.content)
        tag = response.headers.get("ETag", "")
    # Four polls, four full bodies, although the price changed only once.
    print(statuses, body_bytes, "bytes of body")
    #> [200, 200, 200, 200] 176 bytes of body


test_unchanged_product_is_not_sent_again()
