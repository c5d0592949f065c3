"""Checkout: what the shop pays the card processor for an order."""

from payments import *  # [TYPE-04]
from shipping import *  # [TYPE-04]

# Both modules export `calculate_fee`; the second star import silently wins, and
# nothing in this file says where the name comes from.
order_total_cents = 25_000
print(calculate_fee(order_total_cents))  # [TYPE-04]
#> 3490
