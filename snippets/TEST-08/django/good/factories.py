from factory.django import DjangoModelFactory
from shop.models import Product


class ProductFactory(DjangoModelFactory[Product]):
    """A valid product; each test overrides only the fields it is about."""

    class Meta:
        model = Product

    name = "tea"
    unit_cents = 1_000
