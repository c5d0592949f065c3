from shop.models import Product, Quote


def create_quote(sku: str, quantity: int) -> Quote | None:
    product = Product.objects.filter(sku=sku).only("price_cents").first()  # [ARCH-06]
    if product is None:
        return None
    total_cents = product.price_cents * quantity
    return Quote.objects.create(sku=sku, quantity=quantity, total_cents=total_cents)
