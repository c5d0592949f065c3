"""Checkout use cases. The catalog is reached through its services, its public face."""

from catalog.services import find_product

from checkout.models import Quote


def create_quote(sku: str, quantity: int) -> Quote | None:
    product = find_product(sku)
    if product is None:
        return None
    total_cents = product.price_cents * quantity
    return Quote.objects.create(sku=sku, quantity=quantity, total_cents=total_cents)
