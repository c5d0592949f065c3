from dataclasses import dataclass


@dataclass(frozen=True)
class Order:
    id: int
    owner: str
    total_cents: int


@dataclass(frozen=True)
class Refunded:
    order_id: int
    amount_cents: int


@dataclass(frozen=True)
class Rejected:
    reason: str


ORDERS = {7: Order(7, owner="ada", total_cents=5_000)}


def refund(actor: str, order_id: int, amount_cents: int) -> Refunded | Rejected:
    order = ORDERS.get(order_id)
    if order is None or order.owner != actor:
        return Rejected("order not found")
    if amount_cents > order.total_cents:  # nobody asked about zero or less
        return Rejected("amount above the order total")
    return Refunded(order_id, amount_cents)


def test_refund_part_of_own_order_is_refunded() -> None:  # the only test  # [TEST-06]
    assert refund("ada", 7, 1_000) == Refunded(7, 1_000)


test_refund_part_of_own_order_is_refunded()
print("passed")
#> passed
# A "refund" of -50.00 goes through, and the payment provider charges Ada again.
print(refund("ada", 7, -5_000))
#> Refunded(order_id=7, amount_cents=-5000)
