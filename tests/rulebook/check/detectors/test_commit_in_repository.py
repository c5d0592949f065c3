"""DATA-01 commit-in-repository: repositories that end the transaction."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "commit-in-repository"


def test_commit_in_a_repository_class_is_reported() -> None:
    assert_detects(
        NAME,
        """
        class StockRepository:
            def reserve(self, sku: str) -> None:
                self.session.flush()
                self.session.commit()  # [DATA-01]

        class OrderRepo:
            async def add(self, order: Order) -> None:
                self.session.add(order)
                await self._session.commit()  # [DATA-01]
        """,
    )


def test_commit_in_a_use_case_is_not_reported() -> None:
    assert_detects(
        NAME,
        """
        class PlaceOrder:
            def __call__(self, session: Session) -> None:
                session.commit()

        def place_order(session: Session) -> None:
            session.commit()

        class OrderRepository:
            def add(self, order: Order) -> None:
                self.session.add(order)
                self.session.flush()
                self.git.commit("message")
        """,
    )


def test_any_function_of_a_repository_module_is_reported() -> None:
    assert_detects(
        NAME,
        """
        def save_order(session: Session, order: Order) -> None:
            session.add(order)
            session.commit()  # [DATA-01]
        """,
        path="app/orders/repository.py",
    )
    assert_detects(
        NAME,
        """
        def save_order(session: Session, order: Order) -> None:
            session.commit()
        """,
        path="app/orders/service.py",
    )


def test_django_steps_that_each_commit_their_own_transaction() -> None:
    assert_detects(
        NAME,
        """
        from django.db import transaction

        @transaction.atomic  # [DATA-01]
        def reserve_stock(sku, quantity):
            return Product.objects.filter(sku=sku).update(stock=F("stock") - quantity)

        @transaction.atomic(using="default")  # [DATA-01]
        def create_order(lines):
            return Order.objects.create(lines=lines).pk

        def charge(card):
            \"\"\"Charge the card in one transaction.\"\"\"
            with transaction.atomic():  # [DATA-01]
                Payment.objects.create(card=card)

        def place_order(lines, card):
            for sku, quantity in lines.items():
                reserve_stock(sku, quantity)
            charge(card)
            return create_order(lines)

        """,
    )


def test_django_use_case_that_owns_the_transaction_passes() -> None:
    assert_detects(
        NAME,
        """
        from django.db import transaction

        @transaction.atomic
        def reserve_stock(sku, quantity):
            return Product.objects.filter(sku=sku).update(stock=F("stock") - quantity)

        @transaction.atomic
        def create_order(lines):
            return Order.objects.create(lines=lines).pk

        def place_order(lines):
            with transaction.atomic():
                for sku, quantity in lines.items():
                    reserve_stock(sku, quantity)
                return create_order(lines)

        @transaction.atomic
        def place_order_too(lines):
            reserve_stock("mug", 1)
            return create_order(lines)

        def one_step(lines):
            return create_order(lines)

        def restock_all(skus):
            for sku in skus:
                reserve_stock(sku, -1)
        """,
    )
