import httpx
import pytest


class Rates:
    """Exchange rates from the provider, fetched once per process."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client
        self._rates: dict[str, float] | None = None

    def rate(self, currency: str) -> float:
        if self._rates is None:
            response = self._client.get("/latest", params={"base": "EUR"})
            response.raise_for_status()
            self._rates = response.json()["rates"]
        return self._rates[currency]


def fake_provider(request: httpx.Request) -> httpx.Response:
    if request.url.params["base"] != "EUR":
        return httpx.Response(400)
    return httpx.Response(200, json={"rates": {"USD": 1.08}})


def failing_provider(_request: httpx.Request) -> httpx.Response:
    return httpx.Response(503)


def given_rates(provider: httpx.MockTransport) -> Rates:
    """A fresh instance per test, talking to a fake provider: no network, no state."""
    return Rates(httpx.Client(transport=provider, base_url="https://rates.example"))


def test_rate_on_the_first_call_comes_from_the_provider() -> None:
    assert given_rates(httpx.MockTransport(fake_provider)).rate("USD") == 1.08


def test_rate_when_the_provider_is_down_raises() -> None:
    with pytest.raises(httpx.HTTPStatusError):
        given_rates(httpx.MockTransport(failing_provider)).rate("USD")


# Run once, no retries: a red run is a real failure, the same on every machine.
test_rate_on_the_first_call_comes_from_the_provider()
test_rate_when_the_provider_is_down_raises()
print("passed")
#> passed
