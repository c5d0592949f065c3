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

from django.core.management import BaseCommand, call_command  # noqa: E402
from django.db import connection, models, transaction  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework.decorators import api_view  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402


class Product(models.Model):
    sku = models.CharField(max_length=20, primary_key=True)
    stock = models.IntegerField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


class Order(models.Model):
    sku = models.CharField(max_length=20)
    quantity = models.IntegerField()
    status = models.CharField(max_length=20, default="pending")
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


@dataclass(frozen=True)
class Cancelled:
    order_id: int


@dataclass(frozen=True)
class OrderNotFound:
    order_id: int


@dataclass(frozen=True)
class NotCancellable:
    status: str


CancelResult = Cancelled | OrderNotFound | NotCancellable


def cancel_order(order_id: int) -> CancelResult:
    """The one cancellation: the view and the nightly command both call it."""
    with transaction.atomic():
        order = Order.objects.select_for_update().filter(pk=order_id).first()
        if order is None:
            return OrderNotFound(order_id)
        if order.status != "pending":
            return NotCancellable(order.status)
        order.status = "cancelled"
        order.save(update_fields=["status"])
        restock = models.F("stock") + order.quantity
        Product.objects.filter(sku=order.sku).update(stock=restock)
    return Cancelled(order_id)


def error(status: int, code: str, message: str) -> Response:
    body = {"code": code, "message": message, "details": {}}
    return Response({"error": body}, status)


@api_view(["POST"])
def cancel(_request: Request, order_id: int) -> Response:
    result = cancel_order(order_id)
    match result:
        case Cancelled():
            return Response({"id": order_id, "status": "cancelled"})
        case OrderNotFound():
            return error(404, "order_not_found", f"No order {order_id}.")
        case NotCancellable(status=status):
            return error(409, "not_cancellable", f"The order is {status}.")
        case _:
            assert_never(result)


class ExpireUnpaidOrders(BaseCommand):
    """`manage.py expire_unpaid_orders`: its author rewrote the cancellation."""

    def handle(self, *_args: str, **_options: object) -> None:
        pending = Order.objects.filter(status="pending")
        pending.update(status="cancelled")  # [AP-PY17]


urlpatterns = [path("orders/<int:order_id>/cancel", cancel)]

with connection.schema_editor() as editor:
    editor.create_model(Product)
    editor.create_model(Order)
# Two pending orders of one mug each: 2 of the 10 mugs are reserved.
Product.objects.create(sku="mug", stock=8)
Order.objects.bulk_create([Order(sku="mug", quantity=1), Order(sku="mug", quantity=1)])

client = APIClient()
print(client.post("/orders/1/cancel").json())
#> {'id': 1, 'status': 'cancelled'}
call_command(ExpireUnpaidOrders())
# Both orders are cancelled, yet one mug stays reserved forever.
print(Product.objects.get(sku="mug").stock)
#> 9
print(client.post("/orders/2/cancel").json()["error"]["code"])
#> not_cancellable
