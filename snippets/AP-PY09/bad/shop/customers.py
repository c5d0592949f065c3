"""The customers feature: it reaches into orders to total a customer's spending."""

from dataclasses import dataclass

from shop.orders import Order


@dataclass(frozen=True)
class Customer:
    email: str

    def lifetime_value_cents(self, orders: list[Order]) -> int:
        return sum(order.total_cents for order in orders if order.customer == self)
