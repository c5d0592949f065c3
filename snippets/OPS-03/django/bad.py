import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import django
from django.conf import settings

settings.configure(
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["api.example.com"],
    MIDDLEWARE=[f"{__name__}.RecordMetricsMiddleware"],
)
django.setup()

from django.http import HttpRequest, HttpResponse, JsonResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.http import require_GET  # noqa: E402


@dataclass
class Metrics:
    """Stands in for a Prometheus or OpenTelemetry meter: same labels, same values."""

    seconds: defaultdict[str, list[float]] = field(
        default_factory=lambda: defaultdict(list)
    )


METRICS = Metrics()  # module level, like the metric objects of prometheus_client


class RecordMetricsMiddleware:
    """First in MIDDLEWARE, so it times everything the others do too."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        series = f"{request.method} {request.path}"  # [OPS-03]
        METRICS.seconds[series].append(time.perf_counter() - started)  # [OPS-03]
        return response


@require_GET
def get_order(_request: HttpRequest, order_id: int) -> JsonResponse:
    if order_id == 13:
        raise RuntimeError("corrupt row")
    return JsonResponse({"id": order_id})


urlpatterns = [path("orders/<int:order_id>", get_order)]

client = Client(SERVER_NAME="api.example.com", raise_request_exception=False)
for order_id in (1, 2, 13, 4):
    client.get(f"/orders/{order_id}")
# A new series for every order id (millions in production, each one stored and
# billed), and no status label: the request that failed looks like the others.
print(sorted(METRICS.seconds))
#> ['GET /orders/1', 'GET /orders/13', 'GET /orders/2', 'GET /orders/4']
