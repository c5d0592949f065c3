from dataclasses import dataclass

# The shipping rule, in one place. Lowering the threshold is a one-line change here.
FREE_SHIPPING_FROM_CENTS = 4_000
SHIPPING_FEE_CENTS = 495


def shipping_fee_cents(subtotal_cents: int) -> int:
    return 0 if subtotal_cents >= FREE_SHIPPING_FROM_CENTS else SHIPPING_FEE_CENTS


@dataclass(frozen=True)
class Invoice:
    subtotal_cents: int
    shipping_cents: int

    @property
    def total_cents(self) -> int:
        return self.subtotal_cents + self.shipping_cents


def cart_banner(subtotal_cents: int) -> str:
    """The cart page, owned by the web team."""
    fee = shipping_fee_cents(subtotal_cents)
    return "free shipping" if fee == 0 else f"shipping {fee}"


def charge_at_checkout(subtotal_cents: int) -> int:
    """Checkout, owned by the payments team."""
    return subtotal_cents + shipping_fee_cents(subtotal_cents)


def build_invoice(subtotal_cents: int) -> Invoice:
    """The invoice e-mail, owned by billing."""
    return Invoice(subtotal_cents, shipping_fee_cents(subtotal_cents))


def test_every_step_applies_the_same_shipping_rule() -> None:
    for subtotal in (3_999, 4_500):
        banner = cart_banner(subtotal)
        charged = charge_at_checkout(subtotal)
        print(banner, charged, build_invoice(subtotal).total_cents)
        #> shipping 495 4494 4494
        #> free shipping 4500 4500


test_every_step_applies_the_same_shipping_rule()
