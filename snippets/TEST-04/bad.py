from collections.abc import Callable


def fetch_rates() -> dict[str, float]:
    """In production, an HTTP call to the rates provider."""
    return {"USD": 1.08}


class Rates:
    def __init__(self, fetch: Callable[[], dict[str, float]]) -> None:
        self._fetch = fetch
        self._rates: dict[str, float] = {}

    def rate(self, currency: str) -> float:
        rate = self._rates.get(currency, 1.0)  # bug: read before the first fetch
        if not self._rates:
            self._rates = self._fetch()
        return rate


rates = Rates(fetch_rates)


def retry(times: int) -> Callable[[Callable[[], None]], Callable[[], None]]:
    """Re-run a test that fails "now and then" until it passes."""

    def decorate(test: Callable[[], None]) -> Callable[[], None]:
        def run() -> None:
            for attempt in range(1, times + 1):
                try:
                    test()
                except AssertionError:
                    if attempt == times:
                        raise
                else:
                    return

        return run

    return decorate


@retry(times=3)  # [TEST-04]
def test_rate_for_dollars() -> None:
    assert rates.rate("USD") == 1.08


test_rate_for_dollars()
print("passed")
#> passed
# The first attempt failed for a real reason. After every deploy, the first
# conversion of each process uses a rate of 1.0.
print(Rates(fetch_rates).rate("USD"))
#> 1.0
