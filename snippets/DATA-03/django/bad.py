from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes"],
)
django.setup()

from django.db import connection, models  # noqa: E402


# orders/models.py
class Customer(models.Model):
    # Made nullable once so `makemigrations` would stop asking for a default.
    email = models.EmailField(unique=True, null=True, blank=True)
    nickname = models.CharField(max_length=50, blank=True)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "orders"


class Order(models.Model):
    customer = models.ForeignKey(Customer, on_delete=models.PROTECT)  # [DATA-03]
    total_cents = models.PositiveIntegerField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()
    # `customer.order_set` exists, but only this class says so, under a made-up name.

    class Meta:
        app_label = "orders"


print({field.name: field.null for field in Customer._meta.concrete_fields})
#> {'id': False, 'email': True, 'nickname': False}

with connection.schema_editor() as editor:
    editor.create_model(Customer)
    editor.create_model(Order)
ada = Customer.objects.create(email="ada@example.com")
Order.objects.create(customer=ada, total_cents=1_250)
print([order.total_cents for order in ada.order_set.all()])
#> [1250]
# A customer without an email is stored without complaint.
Customer.objects.create(nickname="ghost")
print(list(Customer.objects.order_by("id").values_list("email", flat=True)))
#> ['ada@example.com', None]
