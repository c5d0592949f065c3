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
    if not 0 < amount_cents <= order.total_cents:
        return Rejected("amount must be between 1 and the order total")
    return Refunded(order_id, amount_cents)


def test_refund_part_of_own_order_is_refunded() -> None:
    assert refund("ada", 7, 1_000) == Refunded(7, 1_000)


def test_refund_of_zero_or_less_is_rejected() -> None:
    assert isinstance(refund("ada", 7, 0), Rejected)
    assert isinstance(refund("ada", 7, -5_000), Rejected)


def test_refund_above_the_order_total_is_rejected() -> None:
    assert isinstance(refund("ada", 7, 5_001), Rejected)


def test_refund_of_someone_elses_order_looks_not_found() -> None:
    assert refund("bob", 7, 1_000) == Rejected("order not found")


# One test for the change, one for each way it must say no.
test_refund_part_of_own_order_is_refunded()
test_refund_of_zero_or_less_is_rejected()
test_refund_above_the_order_total_is_rejected()
test_refund_of_someone_elses_order_looks_not_found()
print(refund("ada", 7, -5_000))
#> Rejected(reason='amount must be between 1 and the order total')
