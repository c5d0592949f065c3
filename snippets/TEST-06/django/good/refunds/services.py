from refunds.domain import Refunded, Rejected, decide_refund
from refunds.models import Order

ORDER_NOT_FOUND = Rejected("order not found")


def refund_order(
    actor_id: int, order_id: int, amount_cents: int
) -> Refunded | Rejected:
    """Someone else's order looks exactly like a missing one."""
    order = Order.objects.filter(pk=order_id, owner_id=actor_id).first()
    if order is None:
        return ORDER_NOT_FOUND
    return decide_refund(order.pk, order.total_cents, amount_cents)
