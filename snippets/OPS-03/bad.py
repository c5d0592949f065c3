import time
from collections import defaultdict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from fastapi import FastAPI, Request, Response
from fastapi.testclient import TestClient
from pydantic import BaseModel


@dataclass
class Metrics:
    """Stands in for a Prometheus or OpenTelemetry meter: same labels, same values."""

    seconds: defaultdict[str, list[float]] = field(
        default_factory=lambda: defaultdict(list)
    )


class OrderResponse(BaseModel):
    id: int


def create_app(metrics: Metrics) -> FastAPI:
    app = FastAPI()

    @app.middleware("http")
    async def record_metrics(
        request: Request, call_next: Callable[[Request], Awaitable[Response]]
    ) -> Response:
        started = time.perf_counter()
        response = await call_next(request)  # an exception skips the next two lines
        series = f"{request.method} {request.url.path}"  # [OPS-03]
        metrics.seconds[series].append(time.perf_counter() - started)  # [OPS-03]
        return response

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
# A new series for every order id (millions in production, each one stored and
# billed), no status label, and the failed request left no trace at all.
print(sorted(metrics.seconds))
#> ['GET /orders/1', 'GET /orders/2', 'GET /orders/4']
