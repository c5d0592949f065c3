import datetime as dt
from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": ":memory:",
            # Persistent connections are checked before each request reuses one, so
            # a connection the database or a proxy closed overnight is replaced
            # instead of failing the request.
            "CONN_MAX_AGE": 600,
            "CONN_HEALTH_CHECKS": True,
        }
    },
    INSTALLED_APPS=["django.contrib.contenttypes"],
)
django.setup()

from django.db import connection, models  # noqa: E402


class Customer(models.Model):
    email = models.EmailField(unique=True)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


class Order(models.Model):
    # A ForeignKey gets its index from Django (db_index=True is the default).
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT)
    status = models.CharField(max_length=20)
    placed_on = models.DateField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"
        # The back-office list filters open orders by date on every page load:
        # equality column first, range column second.
        indexes = (
            models.Index(fields=("status", "placed_on"), name="order_status_placed"),
        )


def plan(queryset: models.QuerySet[Order]) -> str:
    """How SQLite will run a query: QuerySet.explain(), with its id columns cut."""
    return " | ".join(row.split(" ", 3)[3] for row in queryset.explain().splitlines())


with connection.schema_editor() as editor:
    editor.create_model(Customer)
    editor.create_model(Order)

print(plan(Order.objects.filter(customer_id=42)))
#> SEARCH shop_order USING INDEX shop_order_customer_id_f638df20 (customer_id=?)
print(plan(Order.objects.filter(status="open", placed_on__gte=dt.date(2025, 1, 1))))
#> SEARCH shop_order USING INDEX order_status_placed (status=? AND placed_on>?)
