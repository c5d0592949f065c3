from dataclasses import dataclass
from enum import StrEnum


class OrderStatus(StrEnum):
    PLACED = "placed"
    CANCELLED = "cancelled"
    SHIPPED = "shipped"


class OrderStateError(Exception):
    pass


@dataclass
class Order:  # [AP-PY12]
    """A bag of fields: every caller must know and repeat the life-cycle rules."""

    id: int
    status: OrderStatus = OrderStatus.PLACED


def handle_cancel_request(orders: dict[int, Order], order_id: int) -> None:
    order = orders[order_id]
    if order.status is OrderStatus.SHIPPED:  # [AP-PY12]
        raise OrderStateError(f"order {order_id} has shipped, too late to cancel")
    order.status = OrderStatus.CANCELLED  # [AP-PY12]


def handle_parcel_scanned(orders: dict[int, Order], order_id: int) -> None:
    # Written later, by another team: the rule in the cancel handler is not here.
    orders[order_id].status = OrderStatus.SHIPPED  # [AP-PY12]


def test_a_cancelled_order_is_never_shipped() -> None:
    orders = {7: Order(7)}
    handle_cancel_request(orders, 7)
    handle_parcel_scanned(orders, 7)
    # The customer was told "cancelled", and the parcel left anyway.
    print(orders[7].status)
    #> shipped


test_a_cancelled_order_is_never_shipped()
