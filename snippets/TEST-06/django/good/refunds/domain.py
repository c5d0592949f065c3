from dataclasses import dataclass


@dataclass(frozen=True)
class Refunded:
    order_id: int
    amount_cents: int


@dataclass(frozen=True)
class Rejected:
    reason: str


def decide_refund(
    order_id: int, total_cents: int, amount_cents: int
) -> Refunded | Rejected:
    if not 0 < amount_cents <= total_cents:
        return Rejected("amount must be between 1 and the order total")
    return Refunded(order_id, amount_cents)
