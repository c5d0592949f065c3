"""AP-PY11 god-service: services whose methods fall into groups that share no state."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "god-service"


def test_unrelated_groups_behind_a_wide_constructor_are_reported() -> None:
    assert_detects(
        NAME,
        """
        class ShopService:  # [AP-PY11]
            def __init__(self, products, orders, users, mailer) -> None:
                self.products, self.orders = products, orders
                self.users, self.mailer = users, mailer

            def add_product(self, sku: str) -> None:
                self.products[sku] = sku

            def place_order(self, sku: str) -> None:
                self.orders.append(self.products[sku])

            def register_user(self, email: str) -> None:
                self.users.add(email)
                self._welcome(email)

            def _welcome(self, email: str) -> None:
                self.mailer.send(email)
        """,
    )


def test_a_cohesive_service_with_many_collaborators_passes() -> None:
    assert_detects(
        NAME,
        """
        class OrderService:
            def __init__(self, orders, payments, mailer, clock) -> None:
                self._orders = orders
                self._payments = payments
                self._mailer = mailer
                self._clock = clock

            def place_order(self, sku: str) -> None:
                self._orders.add(sku, self._clock.now())
                self._payments.charge(sku)

            def cancel_order(self, order_id: int) -> None:
                self._orders.remove(order_id)
                self._mailer.send(order_id)

            def price(self, cents: int) -> int:
                return cents * 2
        """,
    )


def test_few_collaborators_or_other_class_names_pass() -> None:
    assert_detects(
        NAME,
        """
        class ReportService:
            def __init__(self, sales, stock) -> None:
                self.sales, self.stock = sales, stock

            def sales_total(self) -> int:
                return sum(self.sales)

            def stock_total(self) -> int:
                return sum(self.stock)

        class Toolbox:
            def __init__(self, a, b, c, d) -> None:
                self.a, self.b, self.c, self.d = a, b, c, d

            def first(self) -> object:
                return self.a

            def last(self) -> object:
                return self.d
        """,
    )


def test_a_facade_that_only_delegates_passes() -> None:
    assert_detects(
        NAME,
        """
        class AppService:
            def __init__(self, orders, accounts, reports, mailer) -> None:
                self.orders, self.accounts = orders, accounts
                self.reports, self.mailer = reports, mailer

            def place_order(self, sku: str) -> str:
                '''Delegates to the order service.'''
                return self.orders.place_order(sku)

            async def register_user(self, email: str) -> None:
                await self.accounts.register_user(email)
        """,
    )
