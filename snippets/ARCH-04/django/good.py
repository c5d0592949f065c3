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


class Product(models.Model):
    name = models.CharField(max_length=50)
    discontinued = models.BooleanField(default=False)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


# Selectors: every read of the catalogue goes through here, so its rules apply to all.
def _on_sale() -> models.QuerySet[Product]:
    return Product.objects.filter(discontinued=False)


def list_products(limit: int) -> list[Product]:
    return list(_on_sale().order_by("id")[:limit])


def search_products(text: str, limit: int) -> list[Product]:
    return list(_on_sale().filter(name__icontains=text).order_by("name")[:limit])


class SearchParams(serializers.Serializer[None]):
    q = serializers.CharField()
    limit = serializers.IntegerField(min_value=1, max_value=100, default=20)


class ProductOut(serializers.Serializer[Product]):
    id = serializers.IntegerField()
    name = serializers.CharField()


@api_view(["GET"])
def product_search(request: Request) -> Response:
    params = SearchParams(data=request.query_params)
    params.is_valid(raise_exception=True)
    found = search_products(params.validated_data["q"], params.validated_data["limit"])
    return Response([ProductOut(product).data for product in found])


urlpatterns = [path("products/search", product_search)]

with connection.schema_editor() as editor:
    editor.create_model(Product)
Product.objects.bulk_create([Product(name="Tea mug"), Product(name="Teapot")])
Product.objects.create(name="Tea tin", discontinued=True)
response = APIClient().get("/products/search", {"q": "tea"})
print([product["name"] for product in response.json()])
#> ['Tea mug', 'Teapot']
