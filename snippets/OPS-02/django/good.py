import tempfile
from pathlib import Path
from typing import Literal, TypedDict

import django
from django.conf import settings

database = Path(tempfile.mkdtemp()) / "shop.sqlite3"
settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": database}},
    ROOT_URLCONF=__name__,
)
django.setup()

from django.db import DatabaseError, connection  # noqa: E402
from django.http import HttpRequest, JsonResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402


class HealthReport(TypedDict):
    """The same shape on 200 and 503; probes read the status code."""

    status: Literal["ok", "unavailable"]
    checks: dict[str, Literal["up", "down"]]


def health(_request: HttpRequest) -> JsonResponse:
    """Cheap, unauthenticated, and true: can this instance reach its database?"""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        down = HealthReport(status="unavailable", checks={"database": "down"})
        return JsonResponse(down, status=503)
    return JsonResponse(HealthReport(status="ok", checks={"database": "up"}))


# A plain Django view, outside DRF: no authentication or throttling in its way.
urlpatterns = [path("health", health)]


def lose_the_database() -> None:
    """Stands in for an outage: the next connection attempt fails."""
    connection.close()
    connection.settings_dict["NAME"] = database.parent / "gone" / database.name


# A healthy instance answers 200; one that lost its database answers 503, so the
# load balancer stops sending it traffic and the orchestrator can replace it.
client = Client()
for outage in (False, True):
    if outage:
        lose_the_database()
    response = client.get("/health")
    print(response.status_code, response.json())
    #> 200 {'status': 'ok', 'checks': {'database': 'up'}}
    #> 503 {'status': 'unavailable', 'checks': {'database': 'down'}}
