import logging
from dataclasses import dataclass

logger = logging.getLogger(__name__)


class GatewayTimeoutError(Exception):
    """The card gateway did not answer in time: infrastructure, not an outcome."""


@dataclass(frozen=True)
class Charged:
    order_id: int
    charged_cents: int


@dataclass(frozen=True)
class Declined:
    order_id: int
    reason: str


@dataclass(frozen=True)
class RetryLater:
    order_id: int


class FakeGateway:
    """Declines are answers, returned as values; only a timeout raises."""

    def __init__(self, slow_orders: set[int]) -> None:
        self.slow_orders = slow_orders

    def charge(self, order_id: int, amount_cents: int) -> Charged | Declined:
        if order_id in self.slow_orders:
            raise GatewayTimeoutError(f"order {order_id}: no answer within 2 s")
        if amount_cents > 50_000:
            return Declined(order_id, "over the card limit")
        return Charged(order_id, amount_cents)


def settle(
    gateway: FakeGateway, retry_queue: list[int], order_id: int, amount_cents: int
) -> Charged | Declined | RetryLater:
    """Catch the one failure we can recover from; any other error propagates."""
    try:
        return gateway.charge(order_id, amount_cents)
    except GatewayTimeoutError:
        retry_queue.append(order_id)  # real recovery: a job charges it again later
        logger.warning("charge queued for retry", extra={"order_id": order_id})
        return RetryLater(order_id)


gateway = FakeGateway(slow_orders={3})
retry_queue: list[int] = []
for order_id, amount_cents in [(1, 1_200), (2, 90_000), (3, 800)]:
    print(settle(gateway, retry_queue, order_id, amount_cents))
    #> Charged(order_id=1, charged_cents=1200)
    #> Declined(order_id=2, reason='over the card limit')
    #> RetryLater(order_id=3)
print("queued for retry:", retry_queue)
#> queued for retry: [3]
