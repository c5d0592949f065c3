"""Checkout: what the shop pays the card processor for an order."""

import payments
import shipping

# Every name says where it comes from, and the two fees cannot be mixed up.
order_total_cents = 25_000
parcel_grams = 1_800
print(payments.calculate_fee(order_total_cents))
#> 500
print(shipping.calculate_fee(parcel_grams))
#> 730
