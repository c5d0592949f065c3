from typing import Protocol


class OrderHistory(Protocol):
    """The edge: in production, a query on the orders table."""

    def count_paid_orders(self, customer_id: int) -> int: ...


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
