from typing import TYPE_CHECKING, ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes"],
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

if TYPE_CHECKING:
    from django.db.models.fields.related_descriptors import RelatedManager


class Customer(models.Model):
    name = models.CharField(max_length=50)
    orders: "RelatedManager[Order]"  # the reverse side of Order.customer, for mypy
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
    # select_related: the customer comes in the same SELECT, through a JOIN.
    orders = Order.objects.select_related("customer").order_by("id")
    return [f"#{order.pk} {order.customer.name}" for order in orders]


def revenue_by_customer() -> dict[str, int]:
    # prefetch_related: one more SELECT ... WHERE customer_id IN (...) for all rows.
    customers = Customer.objects.prefetch_related("orders").order_by("id")
    return {
        customer.name: sum(order.total_cents for order in customer.orders.all())
        for customer in customers
    }


with connection.schema_editor() as editor:
    editor.create_model(Customer)
    editor.create_model(Order)
for name, totals in {"Ada": [1_200, 800], "Grace": [500], "Linus": []}.items():
    customer = Customer.objects.create(name=name)
    Order.objects.bulk_create(Order(customer=customer, total_cents=t) for t in totals)

with CaptureQueriesContext(connection) as queries:
    print(order_lines())
    #> ['#1 Ada', '#2 Ada', '#3 Grace']
print(f"{len(queries)} query for 3 orders")
#> 1 query for 3 orders
with CaptureQueriesContext(connection) as queries:
    print(revenue_by_customer())
    #> {'Ada': 2000, 'Grace': 500, 'Linus': 0}
print(f"{len(queries)} queries for 3 customers")
#> 2 queries for 3 customers
