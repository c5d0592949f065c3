import logging
from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
    REST_FRAMEWORK={"EXCEPTION_HANDLER": f"{__name__}.api_exception_handler"},
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework.decorators import api_view  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from rest_framework.views import exception_handler  # noqa: E402


class Payout(models.Model):
    iban = models.CharField(max_length=34)
    cents = models.IntegerField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


def payout_cents(payout_id: int) -> int:
    return Payout.objects.get(pk=payout_id).cents


class KeepRecords(logging.Handler):
    """Stands in for the JSON log shipper: keeps what operators would see."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        error = record.exc_info[1] if record.exc_info else None
        self.lines.append(f"{record.getMessage()} {type(error).__name__}")


logger = logging.getLogger("payouts")
logger.addHandler(log := KeepRecords())


def api_exception_handler(
    error: Exception, context: dict[str, object]
) -> Response | None:
    """DRF's EXCEPTION_HANDLER: the one place that sees bugs and outages."""
    response = exception_handler(error, context)  # DRF's own API errors
    if response is not None:
        return response
    request = context["request"]
    headers = request.headers if isinstance(request, Request) else {}
    request_id = headers.get("X-Request-ID", "unknown")
    logger.error("request %s failed", request_id, exc_info=error)
    message, details = "Something went wrong on our side.", {"request_id": request_id}
    body = {"code": "internal_error", "message": message, "details": details}
    return Response({"error": body}, status=500)


@api_view(["GET"])
def read_payout(_request: Request, payout_id: int) -> Response:
    """No try/except: a failure here is a bug or an outage, and it travels on."""
    return Response({"id": payout_id, "cents": payout_cents(payout_id)})


urlpatterns = [path("payouts/<int:payout_id>", read_payout)]

# The deploy forgot the migration that adds the `iban` column.
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE shop_payout (id integer PRIMARY KEY, cents integer)")

response = APIClient().get("/payouts/7", headers={"X-Request-ID": "req-42"})
print(response.status_code, response.json()["error"]["code"])
#> 500 internal_error
print(response.json()["error"]["details"], "iban" in response.content.decode())
#> {'request_id': 'req-42'} False
# The details stay in the log, where the request ID finds them.
print(log.lines)
#> ['request req-42 failed OperationalError']
