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
from rest_framework.exceptions import APIException  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402

stock = {"mug": 3}


class Conflict(APIException):
    status_code = 409


class OrderIn(serializers.Serializer[None]):
    sku = serializers.CharField()
    quantity = serializers.IntegerField(min_value=1)


@api_view(["POST"])
def place_order(request: Request) -> Response:
    order = OrderIn(data=request.data)
    order.is_valid(raise_exception=True)
    sku, quantity = order.validated_data["sku"], order.validated_data["quantity"]
    available = stock.get(sku, 0)
    if quantity > available:
        raise Conflict(f"Only {available} left.")  # [ERR-03]
    stock[sku] = available - quantity
    return Response({"sku": sku}, status=201)


@api_view(["GET"])
def read_product(_request: Request, sku: str) -> Response:
    if sku not in stock:
        return Response({"error": "unknown sku", "sku": sku}, status=404)  # [ERR-03]
    return Response({"sku": sku, "available": stock[sku]})


urlpatterns = [path("orders", place_order), path("products/<str:sku>", read_product)]

client = APIClient()
responses = [
    client.post("/orders", {"sku": "mug", "quantity": 0}, format="json"),
    client.post("/orders", {"sku": "mug", "quantity": 5}, format="json"),
    client.get("/products/teapot"),
    client.get("/ordres"),
]
# Four errors, four shapes; the last is Django's HTML page, not JSON at all.
for response in responses:
    is_json = response["Content-Type"] == "application/json"
    print(response.status_code, list(response.json()) if is_json else "an HTML page")
    #> 400 ['quantity']
    #> 409 ['detail']
    #> 404 ['error', 'sku']
    #> 404 an HTML page
