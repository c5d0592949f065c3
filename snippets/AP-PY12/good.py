from dataclasses import dataclass
from enum import StrEnum


class OrderStatus(StrEnum):
    PLACED = "placed"
    CANCELLED = "cancelled"
    SHIPPED = "shipped"


class OrderStateError(Exception):
    pass


@dataclass
class Order:
    """The order guards its own life cycle; callers change it only through methods."""

    id: int
    status: OrderStatus = OrderStatus.PLACED

    def validate_can_be_cancelled(self) -> None:
        if self.status is OrderStatus.SHIPPED:
            raise OrderStateError(f"order {self.id} has shipped, too late to cancel")

    def cancel(self) -> None:
        self.validate_can_be_cancelled()
        self.status = OrderStatus.CANCELLED

    def validate_can_be_shipped(self) -> None:
        if self.status is not OrderStatus.PLACED:
            raise OrderStateError(f"order {self.id} is {self.status}, not shippable")

    def ship(self) -> None:
        self.validate_can_be_shipped()
        self.status = OrderStatus.SHIPPED


# Two adapters (the customer's cancel request and the warehouse's parcel scanner)
# load the order and call one method; neither knows the rules.
def handle_cancel_request(orders: dict[int, Order], order_id: int) -> None:
    orders[order_id].cancel()


def handle_parcel_scanned(orders: dict[int, Order], order_id: int) -> None:
    orders[order_id].ship()


def test_a_cancelled_order_is_never_shipped() -> None:
    orders = {7: Order(7)}
    handle_cancel_request(orders, 7)
    try:
        handle_parcel_scanned(orders, 7)
    except OrderStateError as error:
        print(error)
        #> order 7 is cancelled, not shippable
    print(orders[7].status)
    #> cancelled


test_a_cancelled_order_is_never_shipped()
