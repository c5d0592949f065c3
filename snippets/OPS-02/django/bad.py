import tempfile
from pathlib import Path
from typing import ClassVar, Self

import django
from django.conf import settings

database = Path(tempfile.mkdtemp()) / "shop.sqlite3"
settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": database}},
    ROOT_URLCONF=__name__,
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.http import HttpRequest, JsonResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402


class Order(models.Model):
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


def count_orders() -> int:
    return Order.objects.count()


def health(_request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})  # [OPS-02]


def order_count(_request: HttpRequest) -> JsonResponse:
    return JsonResponse({"count": count_orders()})


urlpatterns = [path("health", health), path("orders/count", order_count)]


def lose_the_database() -> None:
    """Stands in for an outage: the next connection attempt fails."""
    connection.close()
    connection.settings_dict["NAME"] = database.parent / "gone" / database.name


with connection.schema_editor() as editor:
    editor.create_model(Order)
# The instance has lost its database, yet its health check still says "ok": the load
# balancer keeps routing customers to it, and every real request fails.
lose_the_database()
client = Client(raise_request_exception=False)
for url in ("/health", "/orders/count"):
    print(url, client.get(url).status_code)
    #> /health 200
    #> /orders/count 500
