class InMemoryOrderHistory:
    """Keeps the contract of DjangoOrderHistory, without a database."""

    def __init__(self, paid_orders: dict[int, int]) -> None:
        self._paid_orders = paid_orders

    def count_paid_orders(self, customer_id: int) -> int:
        return self._paid_orders.get(customer_id, 0)
