"""The customers feature: it reaches into orders to total a customer's spending."""

from dataclasses import dataclass

from orders import Order  # [AP-PY09]


@dataclass(frozen=True)
class Customer:
    email: str

    def lifetime_value_cents(self, orders: list[Order]) -> int:
        return sum(order.total_cents for order in orders if order.customer == self)
