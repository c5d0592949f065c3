from factory.django import DjangoModelFactory
from shop.models import Order


class OrderFactory(DjangoModelFactory[Order]):
    class Meta:
        model = Order

    customer_id = 1
    paid = True
