from django.contrib.auth.models import User
from factory.django import DjangoModelFactory
from refunds.models import Order


class UserFactory(DjangoModelFactory[User]):
    class Meta:
        model = User

    username = "someone"


class OrderFactory(DjangoModelFactory[Order]):
    class Meta:
        model = Order

    total_cents = 5_000
