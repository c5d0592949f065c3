import time
from collections import Counter, defaultdict
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

    requests: Counter[tuple[str, str, int]] = field(default_factory=Counter)
    seconds: defaultdict[tuple[str, str], list[float]] = field(
        default_factory=lambda: defaultdict(list)
    )

    def error_rate(self, method: str, route: str) -> float:
        by_status = {
            status: n
            for (m, r, status), n in self.requests.items()
            if (m, r) == (method, route)
        }
        errors = sum(n for status, n in by_status.items() if status >= 500)
        return errors / sum(by_status.values())


METRICS = Metrics()  # module level, like the metric objects of prometheus_client


class RecordMetricsMiddleware:
    """First in MIDDLEWARE, so it times everything the others do too."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        # Django turns an exception in a view into a 500 before it gets here.
        response = self.get_response(request)
        match = request.resolver_match  # set once the URL is resolved
        template = match.route if match is not None else "unmatched"
        method = str(request.method)
        METRICS.requests[method, template, response.status_code] += 1
        METRICS.seconds[method, template].append(time.perf_counter() - started)
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
# One series per route template and status, whatever the ids; failures are counted.
for (method, route, status), count in sorted(METRICS.requests.items()):
    print(method, route, status, count)
    #> GET orders/<int:order_id> 200 3
    #> GET orders/<int:order_id> 500 1
print(METRICS.error_rate("GET", "orders/<int:order_id>"))
#> 0.25
print(len(METRICS.seconds["GET", "orders/<int:order_id>"]))
#> 4
