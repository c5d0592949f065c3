from collections.abc import Callable
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


class Job(models.Model):
    """A durable job: what to do, with which payload, how often it has been tried."""

    kind = models.CharField(max_length=50)
    payload = models.JSONField()
    status = models.CharField(max_length=10, default="pending", db_index=True)
    attempts = models.PositiveIntegerField(default=0)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


class MailServerDownError(Exception):
    pass


class PaymentDeclinedError(Exception):
    pass


sent: list[str] = []
outages: list[MailServerDownError] = []


def send_receipt(payload: dict[str, int]) -> None:
    order = Order.objects.get(pk=payload["order_id"])  # as it is now, not as queued
    if outages:
        raise outages.pop()
    sent.append(f"receipt to {order.email} for order {order.pk}")


HANDLERS: dict[str, Callable[[dict[str, int]], None]] = {"send_receipt": send_receipt}


@app.task(autoretry_for=(MailServerDownError,), retry_backoff=True, max_retries=5)
def run_job(job_id: int) -> None:
    """The worker's side: a small payload in, the outcome recorded on the job."""
    Job.objects.filter(pk=job_id).update(attempts=models.F("attempts") + 1)
    job = Job.objects.get(pk=job_id)
    HANDLERS[job.kind](job.payload)
    Job.objects.filter(pk=job_id).update(status="done")


def charge_card(card: str) -> None:
    if card == "4000-0002":
        raise PaymentDeclinedError(card)


def place_order(email: str, card: str) -> int:
    """The order and its receipt job commit together, or not at all."""
    with transaction.atomic():
        order = Order.objects.create(email=email)
        job = Job.objects.create(kind="send_receipt", payload={"order_id": order.pk})
        charge_card(card)
        # Queued once the job row is committed; the job's id is the whole message.
        # Should the process die before it is sent, the row is still pending, for
        # a periodic (beat) task to queue again.
        transaction.on_commit(lambda: run_job.delay(job.pk))
    order_id: int = order.pk
    return order_id


with connection.schema_editor() as editor:
    editor.create_model(Order)
    editor.create_model(Job)

try:
    place_order("bob@example.test", card="4000-0002")
except PaymentDeclinedError:
    print("declined:", Order.objects.count(), Job.objects.count(), sent)
    #> declined: 0 0 []
outages.append(MailServerDownError("421 try again later"))  # the first send fails
order_id = place_order("ada@example.test", card="4242-4242")
job = Job.objects.get()
print(order_id, job.status, job.attempts, sent)
#> 1 done 2 ['receipt to ada@example.test for order 1']
