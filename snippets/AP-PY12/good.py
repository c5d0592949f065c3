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
    """The order guards its own life cycle; callers change it only through methods."""

    id: int
    status: OrderStatus = OrderStatus.PLACED

    def validate_can_be_cancelled(self) -> Refused | None:
        if self.status is OrderStatus.SHIPPED:
            return Refused(f"order {self.id} has shipped, too late to cancel")
        return None

    def cancel(self) -> Refused | None:
        refusal = self.validate_can_be_cancelled()
        if refusal is None:
            self.status = OrderStatus.CANCELLED
        return refusal

    def validate_can_be_shipped(self) -> Refused | None:
        if self.status is not OrderStatus.PLACED:
            return Refused(f"order {self.id} is {self.status}, not shippable")
        return None

    def ship(self) -> Refused | None:
        refusal = self.validate_can_be_shipped()
        if refusal is None:
            self.status = OrderStatus.SHIPPED
        return refusal


# Two adapters (the customer's cancel request and the warehouse's parcel scanner)
# load the order and call one method; neither knows the rules.
def handle_cancel_request(orders: dict[int, Order], order_id: int) -> Refused | None:
    return orders[order_id].cancel()


def handle_parcel_scanned(orders: dict[int, Order], order_id: int) -> Refused | None:
    return orders[order_id].ship()


def test_a_cancelled_order_is_never_shipped() -> None:
    orders = {7: Order(7)}
    handle_cancel_request(orders, 7)
    print(handle_parcel_scanned(orders, 7))
    #> Refused(reason='order 7 is cancelled, not shippable')
    print(orders[7].status)
    #> cancelled


test_a_cancelled_order_is_never_shipped()
