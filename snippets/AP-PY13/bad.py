from dataclasses import dataclass


@dataclass(frozen=True)
class Invoice:
    subtotal_cents: int
    shipping_cents: int

    @property
    def total_cents(self) -> int:
        return self.subtotal_cents + self.shipping_cents


# Marketing lowered free shipping from 50.00 to 40.00. The change needed an edit in
# every copy of the rule; billing's copy was missed.
def cart_banner(subtotal_cents: int) -> str:
    """The cart page, owned by the web team."""
    if subtotal_cents >= 4_000:  # [AP-PY13]
        return "free shipping"
    return "shipping 495"  # [AP-PY13]


def charge_at_checkout(subtotal_cents: int) -> int:
    """Checkout, owned by the payments team."""
    shipping = 0 if subtotal_cents >= 4_000 else 495  # [AP-PY13]
    return subtotal_cents + shipping


def build_invoice(subtotal_cents: int) -> Invoice:
    """The invoice e-mail, owned by billing."""
    shipping = 0 if subtotal_cents >= 5_000 else 495  # [AP-PY13]
    return Invoice(subtotal_cents, shipping)


def test_every_step_applies_the_same_shipping_rule() -> None:
    for subtotal in (3_999, 4_500):
        banner = cart_banner(subtotal)
        charged = charge_at_checkout(subtotal)
        print(banner, charged, build_invoice(subtotal).total_cents)
        #> shipping 495 4494 4494
        #> free shipping 4500 4995


# The customer saw "free shipping" and paid 45.00, then got an invoice for 49.95.
test_every_step_applies_the_same_shipping_rule()
