from dataclasses import dataclass
from typing import assert_never

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
    REST_FRAMEWORK={"EXCEPTION_HANDLER": f"{__name__}.api_error"},
)
django.setup()

from django.http import HttpRequest, JsonResponse  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework import serializers  # noqa: E402
from rest_framework.decorators import api_view  # noqa: E402
from rest_framework.exceptions import APIException, ValidationError  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402


def envelope(status: int, code: str, message: str, **details: object) -> JsonResponse:
    """The one shape of every error this API sends."""
    body = {"code": code, "message": message, "details": details}
    return JsonResponse({"error": body}, status=status)


def api_error(error: Exception, _context: dict[str, object]) -> JsonResponse | None:
    """DRF's EXCEPTION_HANDLER: validation, auth, parse and method errors."""
    if isinstance(error, ValidationError) and isinstance(error.detail, dict):
        fields = sorted(error.detail)
        return envelope(400, "invalid_request", "Check the fields.", fields=fields)
    if isinstance(error, APIException):
        return envelope(error.status_code, error.default_code, str(error.detail))
    return None  # a bug or an outage: handler500 answers it


def not_found(request: HttpRequest, exception: Exception) -> JsonResponse:
    """Django's handler404: unknown routes get the envelope too."""
    reason = exception.args[0] if exception.args else None
    message = reason if isinstance(reason, str) else f"No route for {request.path}."
    return envelope(404, "not_found", message)


def server_error(request: HttpRequest) -> JsonResponse:
    request_id = request.headers.get("X-Request-ID", "unknown")
    message = "Something went wrong on our side."
    return envelope(500, "internal_error", message, request_id=request_id)


@dataclass(frozen=True)
class Reserved:
    sku: str
    quantity: int


@dataclass(frozen=True)
class OutOfStock:
    available: int


stock = {"mug": 3}


def reserve(sku: str, quantity: int) -> Reserved | OutOfStock:
    """The core decides; it knows nothing about HTTP or the envelope."""
    available = stock.get(sku, 0)
    if quantity > available:
        return OutOfStock(available)
    stock[sku] = available - quantity
    return Reserved(sku, quantity)


class OrderIn(serializers.Serializer[None]):
    sku = serializers.CharField()
    quantity = serializers.IntegerField(min_value=1)


@api_view(["POST"])
def place_order(request: Request) -> JsonResponse:
    order = OrderIn(data=request.data)
    order.is_valid(raise_exception=True)
    result = reserve(order.validated_data["sku"], order.validated_data["quantity"])
    match result:
        case Reserved(sku=sku, quantity=quantity):
            return JsonResponse({"sku": sku, "quantity": quantity}, status=201)
        case OutOfStock(available=available):
            message = f"Only {available} left."
            return envelope(409, "out_of_stock", message, available=available)
        case _:
            assert_never(result)


urlpatterns = [path("orders", place_order)]
handler404, handler500 = not_found, server_error

client = APIClient()
responses = [
    client.post("/orders", {"sku": "mug", "quantity": 0}, format="json"),
    client.post("/orders", {"sku": "mug", "quantity": 5}, format="json"),
    client.get("/ordres"),
]
for response in responses:
    error = response.json()["error"]
    print(response.status_code, error["code"], error["details"])
    #> 400 invalid_request {'fields': ['quantity']}
    #> 409 out_of_stock {'available': 3}
    #> 404 not_found {}
