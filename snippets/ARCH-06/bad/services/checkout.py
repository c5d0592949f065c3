from services.catalog import find_product


def quote_total_cents(sku: str, quantity: int) -> int | None:
    product = find_product(sku)
    return None if product is None else product.price_cents * quantity
