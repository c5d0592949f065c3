from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes"],
)
django.setup()

from celery import Celery  # noqa: E402
from django.db import connection, models, transaction  # noqa: E402

app = Celery("shop", broker="memory://")
app.conf.task_always_eager = True  # this example runs each task where it is sent


class Order(models.Model):
    email = models.EmailField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


class MailServerDownError(Exception):
    pass


class PaymentDeclinedError(Exception):
    pass


sent: list[str] = []
outages: list[MailServerDownError] = []


@app.task
def send_receipt(order_id: int) -> None:
    order = Order.objects.get(pk=order_id)
    if outages:
        raise outages.pop()
    sent.append(f"receipt to {order.email} for order {order_id}")


def charge_card(card: str) -> None:
    if card == "4000-0002":
        raise PaymentDeclinedError(card)


def place_order(email: str, card: str) -> int:
    with transaction.atomic():
        order = Order.objects.create(email=email)
        send_receipt.delay(order.pk)  # [ASYNC-03]
        charge_card(card)
    order_id: int = order.pk
    return order_id


with connection.schema_editor() as editor:
    editor.create_model(Order)

try:
    place_order("bob@example.test", card="4000-0002")
except PaymentDeclinedError:
    # The payment failed and the order rolled back, but its receipt had already gone.
    print("declined:", Order.objects.count(), sent)
    #> declined: 0 ['receipt to bob@example.test for order 1']
outages.append(MailServerDownError("421 try again later"))  # the first send fails
order_id = place_order("ada@example.test", card="4242-4242")
# Ada's receipt failed once and is lost: no retry, no job row, nothing to look at.
# Bob holds the only receipt for order 1, which is now Ada's.
print(f"order {order_id}:", Order.objects.get().email, "| receipts:", sent)
#> order 1: ada@example.test | receipts: ['receipt to bob@example.test for order 1']
