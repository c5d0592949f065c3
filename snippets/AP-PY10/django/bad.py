import asyncio
import tempfile
import time
from pathlib import Path
from typing import ClassVar, Self

import django
import httpx
from django.conf import settings

workdir = Path(tempfile.mkdtemp())
settings.configure(
    DATABASES={
        "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": workdir / "db"}
    },
    INSTALLED_APPS=["django.contrib.contenttypes"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.http import HttpRequest, JsonResponse  # noqa: E402
from django.test import AsyncClient  # noqa: E402
from django.urls import path  # noqa: E402


class Order(models.Model):
    total_cents = models.IntegerField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


def rates_api(_request: httpx.Request) -> httpx.Response:
    time.sleep(0.05)  # the upstream answers after 50 ms
    return httpx.Response(200, json={"EUR": 0.9})


rates = httpx.Client(
    transport=httpx.MockTransport(rates_api), base_url="https://rates.test"
)
trace: list[str] = []


async def order_total(order_id: int) -> int:
    return (await Order.objects.aget(pk=order_id)).total_cents


async def price_in_eur(_request: HttpRequest, order_id: int) -> JsonResponse:
    trace.append(f"start {order_id}")
    rate: float = rates.get("/latest").json()["EUR"]  # [AP-PY10]
    # "give the upstream a breather" before the next step
    time.sleep(0.01)  # [AP-PY10]
    trace.append(f"rate {order_id}")
    total_cents = await order_total(order_id)
    return JsonResponse({"order_id": order_id, "cents": round(total_cents * rate)})


urlpatterns = [path("orders/<int:order_id>/price-eur", price_in_eur)]


async def two_customers_at_once() -> list[int]:
    client = AsyncClient()
    responses = await asyncio.gather(
        client.get("/orders/1/price-eur"), client.get("/orders/2/price-eur")
    )
    return [response.json()["cents"] for response in responses]


with connection.schema_editor() as editor:
    editor.create_model(Order)
Order.objects.bulk_create(Order(total_cents=cents) for cents in (1_000, 2_000))

print(asyncio.run(two_customers_at_once()))
#> [900, 1800]
# Request 2 could not even start until request 1 had its exchange rate:
print(trace)
#> ['start 1', 'rate 1', 'start 2', 'rate 2']
