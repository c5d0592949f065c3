from crm.models import Customer
from factory.django import DjangoModelFactory


class CustomerFactory(DjangoModelFactory[Customer]):
    """A valid customer; each test overrides only the fields it is about."""

    class Meta:
        model = Customer

    email = "someone@example.com"
