"""The edge on its own, against the database, in a rolled-back transaction."""

import pytest
from factories import OrderFactory
from shop.repository import DjangoOrderHistory


@pytest.mark.django_db
def test_count_paid_orders_skips_unpaid_and_other_customers_orders() -> None:
    OrderFactory.create_batch(2, customer_id=1)
    OrderFactory.create(customer_id=1, paid=False)
    OrderFactory.create(customer_id=2)
    assert DjangoOrderHistory().count_paid_orders(1) == 2
