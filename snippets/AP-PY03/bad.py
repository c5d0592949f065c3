import logging
from dataclasses import dataclass

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Receipt:
    order_id: int
    charged_cents: int


def charge(order_id: int, amount_cents: int) -> Receipt:
    rates = {"EUR": 1.0}
    return Receipt(order_id, round(amount_cents * rates["USD"]))  # a bug: KeyError


def settle(order_id: int, amount_cents: int) -> Receipt | None:
    try:
        return charge(order_id, amount_cents)
    except Exception:  # [AP-PY03]
        logger.warning("could not settle order %s", order_id)
        return None


def refund(order_id: int, amount_cents: int) -> bool:
    try:
        charge(order_id, -amount_cents)
    except:  # [AP-PY03]
        return False
    return True


# The KeyError bug is reported as "declined": every order now silently fails,
# and every refund reads as "refused" although nobody refused it.
print(settle(1, 1_200), refund(1, 1_200))
#> None False
