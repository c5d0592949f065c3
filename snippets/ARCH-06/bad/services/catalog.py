from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

_PRICES_CENTS: Final[Mapping[str, int]] = {"tea": 450, "mug": 1_200}


@dataclass(frozen=True)
class Product:
    sku: str
    price_cents: int


def find_product(sku: str) -> Product | None:
    price_cents = _PRICES_CENTS.get(sku)
    return None if price_cents is None else Product(sku, price_cents)
