from dataclasses import dataclass
from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes"],
)
django.setup()

from django.db import connection, models, transaction  # noqa: E402


class Product(models.Model):
    sku = models.CharField(max_length=20, primary_key=True)
    stock = models.PositiveIntegerField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


class Order(models.Model):
    lines = models.CharField(max_length=200)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


def reserve_stock(sku: str, quantity: int) -> bool:
    """Take stock if there is enough; the caller's transaction decides the rest."""
    taken = Product.objects.filter(sku=sku, stock__gte=quantity).update(
        stock=models.F("stock") - quantity
    )
    return taken == 1


@dataclass(frozen=True)
class Placed:
    order_id: int


@dataclass(frozen=True)
class OutOfStock:
    sku: str


def place_order(lines: dict[str, int]) -> Placed | OutOfStock:
    """The use case: one transaction around every step, committed once at the end."""
    with transaction.atomic():
        for sku, quantity in lines.items():
            if not reserve_stock(sku, quantity):
                transaction.set_rollback(True)  # give back what earlier lines took
                return OutOfStock(sku)
        order = Order.objects.create(lines=",".join(lines))
        return Placed(order.pk)


with connection.schema_editor() as editor:
    editor.create_model(Product)
    editor.create_model(Order)
Product.objects.bulk_create([Product("mug", stock=5), Product("teapot", stock=0)])

print(place_order({"mug": 2, "teapot": 1}))
#> OutOfStock(sku='teapot')
print(place_order({"mug": 2}))
#> Placed(order_id=1)
# Only the placed order took mugs; the refused one left no trace.
print(Product.objects.get(sku="mug").stock, Order.objects.count())
#> 3 1
