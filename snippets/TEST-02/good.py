from typing import Protocol


class OrderHistory(Protocol):
    """The edge: in production, a query on the orders table."""

    def count_paid_orders(self, customer_id: int) -> int: ...


class InMemoryOrderHistory:
    def __init__(self, paid_orders: dict[int, int]) -> None:
        self._paid_orders = paid_orders

    def count_paid_orders(self, customer_id: int) -> int:
        return self._paid_orders.get(customer_id, 0)


class QuoteService:
    def __init__(self, history: OrderHistory) -> None:
        self._history = history

    def quote_cents(self, customer_id: int, subtotal_cents: int) -> int:
        percent = self._discount_percent(self._history.count_paid_orders(customer_id))
        return subtotal_cents * (100 - percent) // 100

    def _discount_percent(self, paid_orders: int) -> int:
        if paid_orders >= 10:
            return 10
        if paid_orders >= 3:
            return 5
        return 0


def given_service(paid_orders: int) -> QuoteService:
    return QuoteService(InMemoryOrderHistory({1: paid_orders}))


def test_quote_cents_for_a_new_customer_is_full_price() -> None:
    assert given_service(paid_orders=0).quote_cents(1, 10_000) == 10_000


def test_quote_cents_from_the_third_paid_order_takes_5_percent() -> None:
    assert given_service(paid_orders=2).quote_cents(1, 10_000) == 10_000
    assert given_service(paid_orders=3).quote_cents(1, 10_000) == 9_500


def test_quote_cents_from_the_tenth_paid_order_takes_10_percent() -> None:
    assert given_service(paid_orders=10).quote_cents(1, 10_000) == 9_000


# The real rule runs in every test; only the database is replaced. No HTTP needed.
test_quote_cents_for_a_new_customer_is_full_price()
test_quote_cents_from_the_third_paid_order_takes_5_percent()
test_quote_cents_from_the_tenth_paid_order_takes_10_percent()
print(given_service(paid_orders=3).quote_cents(1, 10_000))
#> 9500
