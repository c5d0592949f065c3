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


class Recommendations:
    def __init__(self, http: httpx.Client) -> None:
        self.http = http

    def picks(self, sku: str) -> list[str]:
        for _ in range(5):
            # Retry at once, five times: a struggling service gets a burst, not a break.
            response = self.http.get(f"/picks/{sku}")
            if response.status_code == 200:
                picks: list[str] = response.json()
                return picks
        # Optional data, yet its failure fails the whole page.
        raise RuntimeError("recommendations unavailable")


def build_app(upstream: FlakyUpstream) -> FastAPI:
    http = httpx.Client(
        transport=httpx.MockTransport(upstream.handle),
        base_url="http://recommendations",
        # No time limit: an upstream that hangs holds this worker thread for good.
        timeout=None,  # [DIST-02]
    )
    recommendations = Recommendations(http)
    app = FastAPI()

    @app.get("/products/{sku}")
    def product_page(sku: str) -> dict[str, str | list[str]]:
        return {"sku": sku, "picks": recommendations.picks(sku)}

    return app


for failures in (2, 10):  # a short hiccup, then a real outage
    upstream = FlakyUpstream(failures)
    client = TestClient(build_app(upstream), raise_server_exceptions=False)
    response = client.get("/products/mug")
    # In the outage: five calls in a burst, then the whole page fails.
    print(response.status_code, response.text, upstream.calls)
    #> 200 {"sku":"mug","picks":["teapot","cosy"]} 3
    #> 500 Internal Server Error 5
