import json
from dataclasses import dataclass
from typing import Any


@dataclass
class Order:
    id: int
    paid: bool = False


def parse_event(body: str) -> Any:  # [TYPE-02]
    return json.loads(body)


def handle_payment_webhook(body: str, orders: dict[int, Order]) -> str:
    event: dict[str, Any] = parse_event(body)  # [TYPE-02]
    order = orders.get(event["order_id"])
    if order is None:
        return f"ignored: no order {event['order_id']}"
    order.paid = True
    return f"order {order.id} paid"


# The provider sends the id as a string. With `Any`, mypy accepts the lookup, and the
# key "42" never matches the int 42: the payment is dropped.
orders = {42: Order(id=42)}
print(handle_payment_webhook('{"order_id": "42", "amount_cents": 1999}', orders))
#> ignored: no order 42
print(orders[42])
#> Order(id=42, paid=False)
