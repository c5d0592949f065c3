import inspect
from dataclasses import dataclass
from typing import Protocol


@dataclass
class Product:
    sku: str
    price_cents: int


class PaymentGateway(Protocol):
    def charge(self, amount_cents: int) -> str: ...


class Mailer(Protocol):
    def send(self, to: str, subject: str) -> None: ...


class CatalogueService:
    def __init__(self, products: dict[str, Product]) -> None:
        self.products = products

    def add_product(self, sku: str, price_cents: int) -> None:
        self.products[sku] = Product(sku, price_cents)

    def reprice(self, sku: str, price_cents: int) -> None:
        self.products[sku].price_cents = price_cents


class OrderService:
    def __init__(self, products: dict[str, Product], payments: PaymentGateway) -> None:
        self.products = products
        self.payments = payments

    def place_order(self, sku: str, quantity: int) -> str:
        total_cents = self.products[sku].price_cents * quantity
        return self.payments.charge(total_cents)


class AccountService:
    def __init__(self, users: dict[str, str], mailer: Mailer) -> None:
        self.users = users
        self.mailer = mailer

    def register_user(self, email: str, name: str) -> None:
        self.users[email] = name
        self.mailer.send(email, "Welcome")


# Newsletters and sales reports get small services of their own in the same way.


class FakePayments:
    def charge(self, amount_cents: int) -> str:
        return f"charged {amount_cents}"


def test_place_order_charges_the_catalogue_price() -> None:
    # The test builds exactly what ordering depends on, and nothing else.
    products = {"mug": Product("mug", 1_250)}
    orders = OrderService(products, FakePayments())
    print(orders.place_order("mug", 2))
    #> charged 2500
    print("OrderService needs:", *inspect.signature(OrderService).parameters)
    #> OrderService needs: products payments


test_place_order_charges_the_catalogue_price()
