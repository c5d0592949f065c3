import pytest


def bulk_total_cents(quantity: int, unit_cents: int) -> int:
    """Ten or more items get 10% off."""
    if quantity < 1:
        raise ValueError("quantity must be positive")
    subtotal = quantity * unit_cents
    return subtotal * 90 // 100 if quantity >= 10 else subtotal


UNIT_CENTS = 1_000
DISCOUNT_CASES = [(9, 9_000), (10, 9_000), (11, 9_900)]


@pytest.mark.parametrize(("quantity", "expected"), DISCOUNT_CASES)
def test_bulk_total_cents_from_ten_items_takes_ten_percent_off(
    quantity: int, expected: int
) -> None:
    assert bulk_total_cents(quantity, UNIT_CENTS) == expected


def test_bulk_total_cents_with_zero_items_raises_value_error() -> None:
    with pytest.raises(ValueError, match="positive"):
        bulk_total_cents(0, UNIT_CENTS)


# pytest would collect these from tests/pricing/test_bulk_total.py; here we call them.
for quantity, expected in DISCOUNT_CASES:
    test_bulk_total_cents_from_ten_items_takes_ten_percent_off(quantity, expected)
test_bulk_total_cents_with_zero_items_raises_value_error()
print("passed")
#> passed
