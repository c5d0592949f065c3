import json
from dataclasses import dataclass

import httpx


@dataclass(frozen=True)
class Charged:
    charge_id: str


@dataclass(frozen=True)
class Declined:
    reason: str


class PaymentsClient:
    """Owns the provider's boundary: URL, auth, timeouts, status codes and JSON."""

    def __init__(self, api_key: str, transport: httpx.BaseTransport | None) -> None:
        self._http = httpx.Client(
            base_url="https://payments.example.com/v1",
            headers={"Authorization": f"Bearer {api_key}"},
            timeout=httpx.Timeout(5.0, connect=2.0),
            transport=transport,
        )

    def charge(self, reference: str, amount_cents: int) -> Charged | Declined:
        payload = {"amount": amount_cents, "reference": reference}
        response = self._http.post("/charges", json=payload)
        if response.status_code == 402:
            return Declined(response.json()["error"]["code"])
        response.raise_for_status()  # anything else is an infrastructure failure
        return Charged(response.json()["id"])


@dataclass
class Order:
    id: int
    amount_cents: int
    status: str = "pending"
    charge_id: str | None = None


def pay_order(order: Order, payments: PaymentsClient) -> None:
    """The core sees typed outcomes, never a status code or a JSON body."""
    match payments.charge(f"order-{order.id}", order.amount_cents):
        case Charged(charge_id):
            order.status, order.charge_id = "paid", charge_id
        case Declined(reason):
            order.status = f"declined: {reason}"


def fake_provider(request: httpx.Request) -> httpx.Response:
    """The provider's side of the wire, for tests: no network involved."""
    if json.loads(request.content)["amount"] > 50_000:
        return httpx.Response(402, json={"error": {"code": "card_declined"}})
    return httpx.Response(201, json={"id": "ch_001", "status": "succeeded"})


def test_declined_charge_is_not_paid() -> None:
    payments = PaymentsClient("test-key", httpx.MockTransport(fake_provider))
    small, large = Order(1, 1_200), Order(2, 90_000)
    pay_order(small, payments)
    pay_order(large, payments)
    print((small.status, small.charge_id))
    #> ('paid', 'ch_001')
    print((large.status, large.charge_id))
    #> ('declined: card_declined', None)


test_declined_charge_is_not_paid()
