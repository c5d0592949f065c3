import secrets
from collections.abc import Callable

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel

RETRYABLE = frozenset({429, 500, 502, 503, 504})  # may succeed after a pause


class FakeUpstream:
    """The recommendations service, scripted: 503 while `failures_left` lasts."""

    def __init__(self) -> None:
        self.failures_left = 0
        self.calls = 0

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if request.url.path == "/picks/gift-card":
            return httpx.Response(404)  # no recommendations for this product
        if self.failures_left > 0:
            self.failures_left -= 1
            return httpx.Response(503)
        return httpx.Response(200, json=["teapot", "cosy"])


class FakeClock:
    def __init__(self) -> None:
        self.seconds = 0.0

    def now(self) -> float:
        return self.seconds


class CircuitBreaker:
    """Opens after `threshold` failed calls in a row; while open, callers fail fast.

    After `cooldown` seconds it lets one trial call through: success closes it, another
    failure opens it again for a full cool-down.
    """

    def __init__(
        self, threshold: int, cooldown: float, now: Callable[[], float]
    ) -> None:
        self.threshold, self.cooldown, self.now = threshold, cooldown, now
        self.failures = 0
        self.opened_at: float | None = None

    def allows_call(self) -> bool:
        return self.opened_at is None or self.now() - self.opened_at >= self.cooldown

    def record_success(self) -> None:
        self.failures, self.opened_at = 0, None

    def record_failure(self) -> None:
        self.failures += 1
        if self.failures >= self.threshold:
            self.opened_at = self.now()


def full_jitter(cap: float) -> float:
    """A random wait up to `cap`, so clients that failed together retry apart."""
    return secrets.SystemRandom().uniform(0, cap)


class Recommendations:
    """Owns the failure policy for one optional upstream."""

    def __init__(
        self,
        http: httpx.Client,
        breaker: CircuitBreaker,
        sleep: Callable[[float], None],
        jitter: Callable[[float], float] = full_jitter,
    ) -> None:
        self.http, self.breaker = http, breaker
        self.sleep, self.jitter = sleep, jitter

    def picks(self, sku: str, attempts: int = 3, base_delay: float = 0.2) -> list[str]:
        if not self.breaker.allows_call():
            return []  # open circuit: degrade at once, spare the upstream
        for attempt in range(attempts):
            try:
                response = self.http.get(f"/picks/{sku}")
            except httpx.TransportError:  # timeouts and refused connections
                pass
            else:
                if response.is_success:
                    self.breaker.record_success()
                    picks: list[str] = response.json()
                    return picks
                if response.status_code not in RETRYABLE:
                    self.breaker.record_success()  # the upstream is up and answering
                    return []  # a 4xx is an answer: retrying cannot change it
            if attempt + 1 < attempts:
                # Exponential back-off with jitter: up to 0.2 s, then up to 0.4 s.
                self.sleep(self.jitter(base_delay * 2**attempt))
        self.breaker.record_failure()
        return []  # degrade: the page works without recommendations


class ProductPage(BaseModel):
    sku: str
    picks: list[str]


def build_app(recommendations: Recommendations) -> FastAPI:
    app = FastAPI()

    @app.get("/products/{sku}")
    def product_page(sku: str) -> ProductPage:
        return ProductPage(sku=sku, picks=recommendations.picks(sku))

    return app


upstream, clock = FakeUpstream(), FakeClock()
waits: list[float] = []
http = httpx.Client(
    transport=httpx.MockTransport(upstream.handle),
    base_url="http://recommendations",
    timeout=httpx.Timeout(0.5, connect=0.2),  # a budget for each call
)
breaker = CircuitBreaker(threshold=2, cooldown=30.0, now=clock.now)
# The demo records waits instead of sleeping and pins the jitter to half the cap.
client = TestClient(
    build_app(Recommendations(http, breaker, waits.append, lambda cap: cap / 2))
)


def visit(sku: str) -> tuple[int, list[str], int]:
    """The page's status and picks, and how many calls reached the upstream."""
    before = upstream.calls
    response = client.get(f"/products/{sku}")
    return response.status_code, response.json()["picks"], upstream.calls - before


upstream.failures_left = 2  # a short hiccup: retried, then served
print(*visit("mug"))
#> 200 ['teapot', 'cosy'] 3
print(*visit("gift-card"))  # a 404: one call, no retry, the page still renders
#> 200 [] 1
upstream.failures_left = 100  # an outage: two failed visits open the circuit
print(*visit("mug"))
#> 200 [] 3
print(*visit("mug"))
#> 200 [] 3
print(*visit("mug"))  # open circuit: no call at all
#> 200 [] 0
upstream.failures_left, clock.seconds = 0, 30.0  # recovered; the cool-down is over
print(*visit("mug"))  # one trial call closes the circuit
#> 200 ['teapot', 'cosy'] 1
print(waits)
#> [0.1, 0.2, 0.1, 0.2, 0.1, 0.2]
