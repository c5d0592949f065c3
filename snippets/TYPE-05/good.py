from dataclasses import dataclass

# Raised from 50.00 when shipping prices went up; the old rule is in version control.
FREE_SHIPPING_FROM_CENTS = 7_500
SHIPPING_CENTS = 490
WELCOME_DISCOUNT_CENTS = 1_000


@dataclass(frozen=True)
class Cart:
    subtotal_cents: int
    coupon: str | None = None


def shipping_cents(cart: Cart) -> int:
    return 0 if cart.subtotal_cents >= FREE_SHIPPING_FROM_CENTS else SHIPPING_CENTS


def total_cents(cart: Cart) -> int:
    discount = WELCOME_DISCOUNT_CENTS if cart.coupon == "WELCOME10" else 0
    return cart.subtotal_cents - discount + shipping_cents(cart)


# Only the rules that apply are in the file, and the one comment says why, not what.
print(total_cents(Cart(6_000)))
#> 6490
print(total_cents(Cart(6_000, coupon="WELCOME10")))
#> 5490
