def bulk_total_cents(quantity: int, unit_cents: int) -> int:
    """Ten or more items get 10% off."""
    if quantity < 1:
        raise ValueError("quantity must be positive")
    subtotal = quantity * unit_cents
    return subtotal * 90 // 100 if quantity > 10 else subtotal  # bug: from 11
