"""One test of the wiring: parameters in, service called, JSON out."""

import pytest
from django.test import Client
from factories import OrderFactory


@pytest.mark.django_db
def test_quote_view_answers_the_service_total_as_json(client: Client) -> None:
    OrderFactory.create_batch(3, customer_id=7)
    response = client.get("/quote", {"customer_id": 7, "subtotal_cents": 2_000})
    assert response.json() == {"total_cents": 1_900}
