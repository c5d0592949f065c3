from dataclasses import dataclass
from enum import StrEnum


class OrderStatus(StrEnum):
    PLACED = "placed"
    CANCELLED = "cancelled"
    SHIPPED = "shipped"


@dataclass(frozen=True)
class Refused:
    reason: str


@dataclass
class Order:
    """A bag of fields: every caller must repeat the life-cycle rules."""  # [AP-PY12]

    id: int
    status: OrderStatus = OrderStatus.PLACED


def handle_cancel_request(orders: dict[int, Order], order_id: int) -> Refused | None:
    order = orders[order_id]
    if order.status is OrderStatus.SHIPPED:  # [AP-PY12]
        return Refused(f"order {order_id} has shipped, too late to cancel")
    order.status = OrderStatus.CANCELLED  # [AP-PY12]
    return None


def handle_parcel_scanned(orders: dict[int, Order], order_id: int) -> Refused | None:
    # Written later, by another team: the rule in the cancel handler is not here.
    orders[order_id].status = OrderStatus.SHIPPED  # [AP-PY12]
    return None


def test_a_cancelled_order_is_never_shipped() -> None:
    orders = {7: Order(7)}
    handle_cancel_request(orders, 7)
    print(handle_parcel_scanned(orders, 7))
    #> None
    # The customer was told "cancelled", and the parcel left anyway.
    print(orders[7].status)
    #> shipped


test_a_cancelled_order_is_never_shipped()
