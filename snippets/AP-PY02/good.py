from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

Clock = Callable[[], datetime]

FIXED_TIME = datetime(2026, 1, 31, 9, 30, tzinfo=UTC)


@dataclass(frozen=True)
class Order:
    quantity: int
    unit_price_cents: int
    placed_at: datetime


def system_clock() -> datetime:
    return datetime.now(UTC)


def place_order(
    quantity: int, unit_price_cents: int, *, clock: Clock = system_clock
) -> Order:
    return Order(quantity, unit_price_cents, placed_at=clock())


def total_cents(order: Order) -> int:
    """Ten or more items get 10% off."""
    subtotal = order.quantity * order.unit_price_cents
    return subtotal * 90 // 100 if order.quantity >= 10 else subtotal


def fake_clock() -> datetime:
    return FIXED_TIME


def given_order(*, quantity: int) -> Order:
    return place_order(quantity, 1_000, clock=fake_clock)


def test_place_order_stamps_the_injected_time() -> None:
    assert given_order(quantity=1).placed_at == FIXED_TIME


def test_total_cents_from_ten_items_applies_bulk_discount() -> None:
    assert total_cents(given_order(quantity=9)) == 9_000
    assert total_cents(given_order(quantity=10)) == 9_000
    assert total_cents(given_order(quantity=11)) == 9_900


def outcome() -> str:
    try:
        test_place_order_stamps_the_injected_time()
        test_total_cents_from_ten_items_applies_bulk_discount()
    except AssertionError:
        return "failed"
    return "passed"


# The same commit, tested by 1,000 CI runs: the same answer every time.
print(sorted({outcome() for _ in range(1_000)}))
#> ['passed']
print(given_order(quantity=10).placed_at.isoformat())
#> 2026-01-31T09:30:00+00:00
