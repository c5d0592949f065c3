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
