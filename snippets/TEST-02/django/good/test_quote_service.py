"""The rule itself: the real service, a fake at the edge, no HTTP and no database."""

from fakes import InMemoryOrderHistory
from shop.services import QuoteService


def given_service(paid_orders: int) -> QuoteService:
    return QuoteService(InMemoryOrderHistory({1: paid_orders}))


def test_quote_cents_for_a_new_customer_is_full_price() -> None:
    assert given_service(paid_orders=0).quote_cents(1, 10_000) == 10_000


def test_quote_cents_from_the_third_paid_order_takes_5_percent() -> None:
    assert given_service(paid_orders=2).quote_cents(1, 10_000) == 10_000
    assert given_service(paid_orders=3).quote_cents(1, 10_000) == 9_500


def test_quote_cents_from_the_tenth_paid_order_takes_10_percent() -> None:
    assert given_service(paid_orders=10).quote_cents(1, 10_000) == 9_000
