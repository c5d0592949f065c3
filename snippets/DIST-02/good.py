import random
from collections.abc import Callable

import httpx
from fastapi import FastAPI
from fastapi.testclient import TestClient


class FlakyUpstream:
    """The recommendations service: answers 503 `failures` times, then recovers."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    def handle(self, _request: httpx.Request) -> httpx.Response:
        self.calls += 1
        if self.calls <= self.failures:
            return httpx.Response(503)
        return httpx.Response(200, json=["teapot", "cosy"])


def full_jitter(cap: float) -> float:
    """A random wait up to `cap`, so clients that failed together retry apart."""
    return random.uniform(0, cap)  # noqa: S311 - timing jitter, not a secret


class Recommendations:
    """Owns the failure policy for one upstream: time limit, retries, fallback."""

    def __init__(
        self,
        http: httpx.Client,
        sleep: Callable[[float], None],
        jitter: Callable[[float], float] = full_jitter,
    ) -> None:
        self.http, self.sleep, self.jitter = http, sleep, jitter

    def picks(self, sku: str, attempts: int = 3, base_delay: float = 0.2) -> list[str]:
        for attempt in range(attempts):
            try:
                response = self.http.get(f"/picks/{sku}")
                if response.status_code < 500:
                    picks: list[str] = response.raise_for_status().json()
                    return picks
            except httpx.TransportError:  # refused connections and timeouts
                pass
            if attempt + 1 < attempts:
                # Exponential back-off with jitter: up to 0.2 s, then up to 0.4 s.
                self.sleep(self.jitter(base_delay * 2**attempt))
        return []  # degrade: the page works without recommendations


def build_app(upstream: FlakyUpstream, waits: list[float]) -> FastAPI:
    http = httpx.Client(
        transport=httpx.MockTransport(upstream.handle),
        base_url="http://recommendations",
        timeout=httpx.Timeout(0.5, connect=0.2),  # a budget for each call
    )
    # The demo records waits instead of sleeping and pins the jitter to half the cap.
    recommendations = Recommendations(http, waits.append, lambda cap: cap / 2)
    app = FastAPI()

    @app.get("/products/{sku}")
    def product_page(sku: str) -> dict[str, str | list[str]]:
        return {"sku": sku, "picks": recommendations.picks(sku)}

    return app


for failures in (2, 10):  # a short hiccup, then a real outage
    upstream = FlakyUpstream(failures)
    waits: list[float] = []
    response = TestClient(build_app(upstream, waits)).get("/products/mug")
    print(response.status_code, response.json()["picks"], upstream.calls, waits)
    #> 200 ['teapot', 'cosy'] 3 [0.1, 0.2]
    #> 200 [] 3 [0.1, 0.2]
