import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient


class QuoteService:
    def __init__(self, paid_orders: dict[int, int]) -> None:
        self._paid_orders = paid_orders  # stands in for the orders table

    def quote_cents(self, customer_id: int, subtotal_cents: int) -> int:
        percent = self._discount_percent(self._paid_orders.get(customer_id, 0))
        return subtotal_cents * (100 - percent) // 100

    def _discount_percent(self, paid_orders: int) -> int:
        if paid_orders >= 10:
            return 10
        if paid_orders > 3:  # bug: the third paid order should already earn 5%
            return 5
        return 0


service = QuoteService({1: 3})
app = FastAPI()


@app.get("/quote")
def quote(customer_id: int, subtotal_cents: int) -> dict[str, int]:
    return {"total_cents": service.quote_cents(customer_id, subtotal_cents)}


def test_quote_applies_the_loyalty_discount() -> None:
    client = TestClient(app)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(QuoteService, "_discount_percent", lambda _s, _n: 5)  # [TEST-02]
        response = client.get("/quote?customer_id=1&subtotal_cents=10000")  # [TEST-02]
    assert response.json() == {"total_cents": 9_500}


test_quote_applies_the_loyalty_discount()
print("passed")
#> passed
# The test replaced the very rule it meant to check, so the bug ships: a customer
# with three paid orders still pays full price.
print(service.quote_cents(1, 10_000))
#> 10000
