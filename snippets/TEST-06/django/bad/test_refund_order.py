import pytest
from django.contrib.auth.models import User
from django.test import Client
from factories import OrderFactory, UserFactory
from refunds.models import Order

pytestmark = pytest.mark.django_db


@pytest.fixture
def ada() -> User:
    return UserFactory.create(username="ada")


@pytest.fixture
def order(ada: User) -> Order:
    return OrderFactory.create(owner=ada, total_cents=5_000)


def refund(client: Client, order: Order, amount_cents: int) -> int:
    url = f"/orders/{order.pk}/refunds"
    return client.post(url, {"amount_cents": amount_cents}).status_code


def test_refund_part_of_own_order_is_refunded(  # the only test  # [TEST-06]
    client: Client, ada: User, order: Order
) -> None:
    client.force_login(ada)
    assert refund(client, order, 1_000) == 201
