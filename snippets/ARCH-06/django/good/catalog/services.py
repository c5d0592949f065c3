"""Catalog use cases. Other apps call these functions, never the Product table."""

from dataclasses import dataclass

from catalog.models import Product


@dataclass(frozen=True)
class ProductInfo:
    sku: str
    price_cents: int


def find_product(sku: str) -> ProductInfo | None:
    product = Product.objects.filter(sku=sku).first()
    return None if product is None else ProductInfo(product.sku, product.price_cents)
