from dataclasses import dataclass

from pydantic import BaseModel


@dataclass
class Order:
    id: int
    paid: bool = False


class PaymentEvent(BaseModel):
    order_id: int
    amount_cents: int


def parse_event(body: str) -> PaymentEvent:
    return PaymentEvent.model_validate_json(body)


def handle_payment_webhook(body: str, orders: dict[int, Order]) -> str:
    event = parse_event(body)
    order = orders.get(event.order_id)
    if order is None:
        return f"ignored: no order {event.order_id}"
    order.paid = True
    return f"order {order.id} paid"


# The model states the shape: "42" is parsed into the int the lookup needs, and a
# misspelt field such as `event.orderid` is a mypy error instead of a KeyError.
orders = {42: Order(id=42)}
print(handle_payment_webhook('{"order_id": "42", "amount_cents": 1999}', orders))
#> order 42 paid
print(orders[42])
#> Order(id=42, paid=True)
