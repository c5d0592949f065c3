import datetime as dt
from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": ":memory:",
            # Connections live forever and are never checked: after a database
            # restart or a failover, requests get dead connections.
            "CONN_MAX_AGE": None,  # [DATA-08]
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
    customer = models.ForeignKey(
        Customer,
        on_delete=models.PROTECT,
        db_index=False,  # [DATA-08]
    )
    status = models.CharField(max_length=20)
    placed_on = models.DateField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"
        # The back-office list filters open orders by date on every page load, but
        # the index leads with the range column, so the status cannot narrow it.
        indexes = (
            models.Index(
                fields=("placed_on", "status"),  # [DATA-08]
                name="order_placed_status",
            ),
        )


def plan(queryset: models.QuerySet[Order]) -> str:
    """How SQLite will run a query: QuerySet.explain(), with its id columns cut."""
    return " | ".join(row.split(" ", 3)[3] for row in queryset.explain().splitlines())


with connection.schema_editor() as editor:
    editor.create_model(Customer)
    editor.create_model(Order)

# The first query reads the whole table; the second walks every order since the date,
# open or not. Fine with 100 rows, a timeout with 10 million.
print(plan(Order.objects.filter(customer_id=42)))
#> SCAN shop_order
print(plan(Order.objects.filter(status="open", placed_on__gte=dt.date(2025, 1, 1))))
#> SEARCH shop_order USING INDEX order_placed_status (placed_on>?)
