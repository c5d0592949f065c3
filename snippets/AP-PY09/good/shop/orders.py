"""The orders feature: it depends on customers, never the other way round."""

from collections.abc import Iterable
from dataclasses import dataclass

from shop.customers import Customer


@dataclass(frozen=True)
class Order:
    customer: Customer
    total_cents: int


def lifetime_value_cents(customer: Customer, orders: Iterable[Order]) -> int:
    return sum(order.total_cents for order in orders if order.customer == customer)
