import logging
from dataclasses import dataclass

logger = logging.getLogger(__name__)


class PaymentDeclinedError(Exception):
    """The card issuer refused the charge: an outcome the caller must handle."""


@dataclass(frozen=True)
class Receipt:
    order_id: int
    charged_cents: int


def charge(order_id: int, amount_cents: int) -> Receipt:
    if amount_cents > 50_000:
        raise PaymentDeclinedError(f"order {order_id}: amount over the card limit")
    return Receipt(order_id, amount_cents)


def settle(order_id: int, amount_cents: int) -> Receipt | None:
    """The receipt, or None when the card was declined; anything else propagates."""
    try:
        return charge(order_id, amount_cents)
    except PaymentDeclinedError:
        logger.info("payment declined", extra={"order_id": order_id})
        return None


print(settle(1, 1_200))
#> Receipt(order_id=1, charged_cents=1200)
print(settle(2, 90_000))
#> None
