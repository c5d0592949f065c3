import pytest
from django.test import Client
from shop.services import QuoteService


@pytest.mark.django_db
def test_quote_applies_the_loyalty_discount(
    client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QuoteService, "_discount_percent", lambda *_: 5)  # [TEST-02]
    response = client.get("/quote?customer_id=1&subtotal_cents=10000")  # [TEST-02]
    assert response.json() == {"total_cents": 9_500}
