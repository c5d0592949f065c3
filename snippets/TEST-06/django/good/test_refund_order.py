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


def test_refund_part_of_own_order_is_refunded(
    client: Client, ada: User, order: Order
) -> None:
    client.force_login(ada)
    assert refund(client, order, 1_000) == 201


@pytest.mark.parametrize("amount_cents", [0, -5_000, 5_001])
def test_refund_outside_one_cent_to_the_total_is_rejected(
    client: Client, ada: User, order: Order, amount_cents: int
) -> None:
    client.force_login(ada)
    assert refund(client, order, amount_cents) == 422


def test_refund_of_someone_elses_order_looks_not_found(
    client: Client, order: Order
) -> None:
    client.force_login(UserFactory.create(username="bob"))
    assert refund(client, order, 1_000) == 404


def test_refund_without_signing_in_is_unauthorized(
    client: Client, order: Order
) -> None:
    assert refund(client, order, 1_000) == 401
