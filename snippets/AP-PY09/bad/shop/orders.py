"""The orders feature: every order belongs to a customer."""

from dataclasses import dataclass

from shop.customers import Customer  # [AP-PY09]


@dataclass(frozen=True)
class Order:
    customer: Customer
    total_cents: int
