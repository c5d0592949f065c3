from typing import TYPE_CHECKING, ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes"],
)
django.setup()

from django.db import IntegrityError, connection, models  # noqa: E402

if TYPE_CHECKING:
    from django.db.models.fields.related_descriptors import RelatedManager


# orders/models.py: the order domain's tables, and nothing else.
class Customer(models.Model):
    email = models.EmailField(unique=True)
    nickname = models.CharField(max_length=50, blank=True)
    orders: "RelatedManager[Order]"  # the reverse side, written where readers look
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "orders"
        # NOT NULL alone lets Django save "" for an email nobody set.
        constraints = (
            models.CheckConstraint(
                condition=~models.Q(email=""), name="customer_email_required"
            ),
        )


class Order(models.Model):
    customer = models.ForeignKey(
        Customer, on_delete=models.PROTECT, related_name="orders"
    )
    total_cents = models.PositiveIntegerField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "orders"


# The field says what the column allows: no `null=True`, so NOT NULL.
print({field.name: field.null for field in Customer._meta.concrete_fields})
#> {'id': False, 'email': False, 'nickname': False}

with connection.schema_editor() as editor:
    editor.create_model(Customer)
    editor.create_model(Order)
ada = Customer.objects.create(email="ada@example.com")
Order.objects.create(customer=ada, total_cents=1_250)
print([order.total_cents for order in ada.orders.all()])
#> [1250]
try:
    Customer.objects.create(nickname="ghost")
except IntegrityError as error:
    print(error)
    #> CHECK constraint failed: customer_email_required
