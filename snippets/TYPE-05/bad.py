from dataclasses import dataclass


@dataclass(frozen=True)
class Cart:
    subtotal_cents: int
    coupon: str | None = None


def shipping_cents(cart: Cart) -> int:
    # free_from = 5_000  # [TYPE-05]
    # return 0 if cart.subtotal_cents >= free_from else 490  # [TYPE-05]
    return 0 if cart.subtotal_cents >= 7_500 else 490


def total_cents(cart: Cart) -> int:
    discount = 1_000 if cart.coupon == "WELCOME10" else 0
    # discount = max(discount, cart.subtotal_cents // 10)  # [TYPE-05]
    # print("DEBUG total", cart, discount)  # [TYPE-05]
    return cart.subtotal_cents - discount + shipping_cents(cart)


# Which threshold is current: 50.00 or 75.00? Was the percentage discount dropped on
# purpose, or switched off while debugging? The code cannot say, so nobody deletes it.
print(total_cents(Cart(6_000)))
#> 6490
print(total_cents(Cart(6_000, coupon="WELCOME10")))
#> 5490
