import json
from dataclasses import dataclass

import httpx


@dataclass
class Order:
    id: int
    amount_cents: int
    status: str = "pending"
    charge_id: str | None = None


def pay_order(order: Order, http: httpx.Client, api_key: str) -> None:
    """Every caller of the provider repeats its URL, its auth and its JSON shape."""
    response = http.post(  # [ARCH-11]
        "https://payments.example.com/v1/charges",
        json={"amount": order.amount_cents, "reference": f"order-{order.id}"},
        headers={"Authorization": f"Bearer {api_key}"},
    )
    order.charge_id = response.json().get("id")
    order.status = "paid"


def fake_provider(request: httpx.Request) -> httpx.Response:
    """The provider's side of the wire, for tests: no network involved."""
    if json.loads(request.content)["amount"] > 50_000:
        return httpx.Response(402, json={"error": {"code": "card_declined"}})
    return httpx.Response(201, json={"id": "ch_001", "status": "succeeded"})


def test_declined_charge_is_not_paid() -> None:
    http = httpx.Client(transport=httpx.MockTransport(fake_provider))
    small, large = Order(1, 1_200), Order(2, 90_000)
    pay_order(small, http, "test-key")
    pay_order(large, http, "test-key")
    print((small.status, small.charge_id))
    #> ('paid', 'ch_001')
    # Nobody looked at the 402: the declined order ships as paid.
    print((large.status, large.charge_id))
    #> ('paid', None)


test_declined_charge_is_not_paid()
