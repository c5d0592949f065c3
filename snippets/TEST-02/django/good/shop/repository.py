from shop.models import Order


class DjangoOrderHistory:
    def count_paid_orders(self, customer_id: int) -> int:
        return Order.objects.filter(customer_id=customer_id, paid=True).count()
