import pytest
from factories import ProductFactory
from shop.models import Product
from shop.pricing import bulk_total_cents

DISCOUNT_CASES = [(9, 9_000), (10, 9_000), (11, 9_900)]


@pytest.fixture
def tea() -> Product:
    """Built, not saved: a pricing test needs no database, so it asks for none."""
    return ProductFactory.build(unit_cents=1_000)


@pytest.mark.parametrize(("quantity", "expected"), DISCOUNT_CASES)
def test_bulk_total_cents_from_ten_items_takes_ten_percent_off(
    tea: Product, quantity: int, expected: int
) -> None:
    assert bulk_total_cents(quantity, tea.unit_cents) == expected


def test_bulk_total_cents_with_zero_items_raises_value_error(tea: Product) -> None:
    with pytest.raises(ValueError, match="positive"):
        bulk_total_cents(0, tea.unit_cents)
