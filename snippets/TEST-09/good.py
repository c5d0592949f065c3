from collections.abc import Callable
from typing import Protocol

PRICES = {"apple": 50, "pear": 80}


class Cart(Protocol):
    def add(self, sku: str, quantity: int) -> None: ...
    def quantity_of(self, sku: str) -> int: ...
    def total_cents(self, prices: dict[str, int]) -> int: ...


class ListCart:
    def __init__(self) -> None:
        self._lines: list[tuple[str, int]] = []

    def add(self, sku: str, quantity: int) -> None:
        self._lines.append((sku, quantity))

    def quantity_of(self, sku: str) -> int:
        return sum(quantity for line_sku, quantity in self._lines if line_sku == sku)

    def total_cents(self, prices: dict[str, int]) -> int:
        return sum(prices[sku] * quantity for sku, quantity in self._lines)


class DictCart:
    """The same cart after a refactor: one entry per SKU."""

    def __init__(self) -> None:
        self._quantities: dict[str, int] = {}

    def add(self, sku: str, quantity: int) -> None:
        self._quantities[sku] = self._quantities.get(sku, 0) + quantity

    def quantity_of(self, sku: str) -> int:
        return self._quantities.get(sku, 0)

    def total_cents(self, prices: dict[str, int]) -> int:
        return sum(prices[sku] * n for sku, n in self._quantities.items())


def test_add_the_same_sku_twice_sums_quantity_and_price(
    make_cart: Callable[[], Cart],
) -> None:
    cart = make_cart()
    cart.add("apple", 2)
    cart.add("apple", 1)
    cart.add("pear", 1)
    assert cart.quantity_of("apple") == 3
    assert cart.total_cents(PRICES) == 230


# The test only uses what callers use, so the refactor keeps it green.
for make_cart in (ListCart, DictCart):
    test_add_the_same_sku_twice_sums_quantity_and_price(make_cart)
    print(make_cart.__name__, "passed")
    #> ListCart passed
    #> DictCart passed
