import random
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Order:
    quantity: int
    unit_price_cents: int
    placed_at: datetime


def place_order(quantity: int, unit_price_cents: int) -> Order:
    return Order(quantity, unit_price_cents, placed_at=datetime.now())  # [AP-PY02]


def total_cents(order: Order) -> int:
    """Ten or more items get 10% off."""
    subtotal = order.quantity * order.unit_price_cents
    return subtotal * 90 // 100 if order.quantity > 10 else subtotal  # bug: from 11


def test_total_cents_applies_bulk_discount() -> None:
    quantity = random.randint(1, 20)  # [AP-PY02]
    order = place_order(quantity, 1_000)
    assert order.placed_at <= datetime.now()  # [AP-PY02]
    percent_paid = 90 if quantity >= 10 else 100
    assert total_cents(order) == quantity * 1_000 * percent_paid // 100


def outcome() -> str:
    try:
        test_total_cents_applies_bulk_discount()
    except AssertionError:
        return "failed"
    return "passed"


# The same commit, tested by 1,000 CI runs: green, except about one run in twenty.
# Whoever sees the red run re-runs it, gets green, and the bug ships.
print(sorted({outcome() for _ in range(1_000)}))
#> ['failed', 'passed']
