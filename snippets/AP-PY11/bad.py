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


class ShopService:  # [AP-PY11]
    """Catalogue, orders, accounts, newsletters and reports: one class for all."""

    def __init__(
        self,
        products: dict[str, Product],
        orders: list[tuple[str, int]],
        users: dict[str, str],
        payments: PaymentGateway,
        mailer: Mailer,
    ) -> None:
        self.products, self.orders, self.users = products, orders, users
        self.payments, self.mailer = payments, mailer

    def add_product(self, sku: str, price_cents: int) -> None:
        self.products[sku] = Product(sku, price_cents)

    def reprice(self, sku: str, price_cents: int) -> None:
        self.products[sku].price_cents = price_cents

    def register_user(self, email: str, name: str) -> None:
        self.users[email] = name
        self.mailer.send(email, "Welcome")

    def place_order(self, sku: str, quantity: int) -> str:
        total_cents = self.products[sku].price_cents * quantity
        self.orders.append((sku, total_cents))
        return self.payments.charge(total_cents)

    def send_newsletter(self, subject: str) -> None:
        for email in self.users:
            self.mailer.send(email, subject)

    def sales_total_cents(self) -> int:
        return sum(total for _sku, total in self.orders)


class FakePayments:
    def charge(self, amount_cents: int) -> str:
        return f"charged {amount_cents}"


class FakeMailer:
    def send(self, to: str, subject: str) -> None:
        pass


def test_place_order_charges_the_catalogue_price() -> None:
    # A pricing test must still supply users and a mailer it never uses.
    products = {"mug": Product("mug", 1_250)}
    shop = ShopService(products, [], {}, FakePayments(), FakeMailer())
    print(shop.place_order("mug", 2))
    #> charged 2500
    print("ShopService needs:", *inspect.signature(ShopService).parameters)
    #> ShopService needs: products orders users payments mailer


test_place_order_charges_the_catalogue_price()
