import time
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from fastapi import FastAPI, Request, Response
from fastapi.testclient import TestClient
from pydantic import BaseModel
from starlette.routing import Route


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


class OrderResponse(BaseModel):
    id: int


def create_app(metrics: Metrics) -> FastAPI:
    app = FastAPI()

    @app.middleware("http")
    async def record_metrics(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        status = 500  # what the client gets if the route raises
        try:
            response = await call_next(request)
            status = response.status_code
            return response
        finally:
            route = request.scope.get("route")
            template = route.path if isinstance(route, Route) else "unmatched"
            metrics.requests[request.method, template, status] += 1
            elapsed = time.perf_counter() - started
            metrics.seconds[request.method, template].append(elapsed)

    @app.get("/orders/{order_id}")
    def get_order(order_id: int) -> OrderResponse:
        if order_id == 13:
            raise RuntimeError("corrupt row")
        return OrderResponse(id=order_id)

    return app


metrics = Metrics()
client = TestClient(create_app(metrics), raise_server_exceptions=False)
for order_id in (1, 2, 13, 4):
    client.get(f"/orders/{order_id}")
# One series per route template and status, whatever the ids; failures are counted.
print(sorted(metrics.requests.items()))
#> [(('GET', '/orders/{order_id}', 200), 3), (('GET', '/orders/{order_id}', 500), 1)]
print(metrics.error_rate("GET", "/orders/{order_id}"))
#> 0.25
print(len(metrics.seconds["GET", "/orders/{order_id}"]))
#> 4
