import hashlib
import json
from dataclasses import dataclass

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.http import HttpRequest  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.cache import cache_control  # noqa: E402
from django.views.decorators.http import etag  # noqa: E402
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


def represent(product: Product) -> dict[str, object]:
    return dict(ProductResponseSerializer(product).data)


def product_etag(_request: HttpRequest, product_id: int) -> str | None:
    """A strong validator: it changes exactly when the representation changes."""
    product = products.find_by_id(product_id)
    if product is None:
        return None
    body = json.dumps(represent(product), sort_keys=True).encode()
    return f'"{hashlib.sha256(body).hexdigest()[:16]}"'


# Django's `etag` answers 304 itself, comparing If-None-Match as RFC 9110 asks:
# weakly, against every tag in the list, and `*`.
@cache_control(no_cache=True)
@etag(product_etag)
@api_view(["GET"])
def get_product(_request: Request, product_id: int) -> Response:
    product = products.find_by_id(product_id)
    if product is None:
        missing = {"code": "product_not_found", "message": "No such product."}
        return Response({"error": {**missing, "details": {}}}, status=404)
    return Response(represent(product))


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
    print(statuses, body_bytes, "bytes of body")
    #> [200, 304, 200, 304] 88 bytes of body


def test_if_none_match_takes_lists_weak_tags_and_star() -> None:
    client = APIClient()
    tag = client.get("/products/1").headers["ETag"]
    # A cache holding two versions, one of them marked weak by a proxy, and "*".
    for held in [f'"old", W/{tag}', "*", '"old", W/"older"']:
        response = client.get("/products/1", headers={"If-None-Match": held})
        print(response.status_code, len(response.content))
        #> 304 0
        #> 304 0
        #> 200 44


test_unchanged_product_is_not_sent_again()
test_if_none_match_takes_lists_weak_tags_and_star()
