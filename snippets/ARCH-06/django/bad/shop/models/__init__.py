"""Every feature's tables."""  # [ARCH-06]

from shop.models.catalog import Product
from shop.models.checkout import Quote

__all__ = ["Product", "Quote"]
