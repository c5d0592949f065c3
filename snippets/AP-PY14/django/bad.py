from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes"],
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


class Customer(models.Model):
    name = models.CharField(max_length=50)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


class Order(models.Model):
    customer = models.ForeignKey(
        Customer, on_delete=models.CASCADE, related_name="orders"
    )
    total_cents = models.IntegerField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


def order_lines() -> list[str]:
    orders = Order.objects.order_by("id")
    # Each `order.customer` below is a lazy load: one more SELECT per order.
    return [f"#{order.pk} {order.customer.name}" for order in orders]  # [AP-PY14]


with connection.schema_editor() as editor:
    editor.create_model(Customer)
    editor.create_model(Order)
for name, totals in {"Ada": [1_200, 800], "Grace": [500], "Linus": []}.items():
    customer = Customer.objects.create(name=name)
    Order.objects.bulk_create(Order(customer=customer, total_cents=t) for t in totals)

with CaptureQueriesContext(connection) as queries:
    print(order_lines())
    #> ['#1 Ada', '#2 Ada', '#3 Grace']
print(f"{len(queries)} queries for 3 orders")
#> 4 queries for 3 orders
# One SELECT per row, even for the customer it has already loaded:
for query in queries[1:]:
    print(query["sql"].split(" WHERE ")[1])
    #> "shop_customer"."id" = 1 LIMIT 21
    #> "shop_customer"."id" = 1 LIMIT 21
    #> "shop_customer"."id" = 2 LIMIT 21
