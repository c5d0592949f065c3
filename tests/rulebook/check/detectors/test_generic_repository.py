"""AP-PY18 generic-repository: one generic CRUD repository for every model."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "generic-repository"


def test_generic_base_and_its_per_model_subclasses_are_reported() -> None:
    assert_detects(
        NAME,
        """
        from typing import Generic, TypeVar

        T = TypeVar("T")

        class BaseRepository(Generic[T]):  # [AP-PY18]
            def get(self, entity_id: int) -> T: ...
            def save(self, entity: T) -> T: ...

        class AccountRepository(BaseRepository[Account]):  # [AP-PY18]
            model = Account

        class Unrelated(dict[str, int]):
            pass
        """,
    )


def test_other_names_and_imported_bases_are_reported() -> None:
    assert_detects(
        NAME,
        """
        import typing
        from app.db import CRUDBase

        class CrudRepo(typing.Generic[T, K]):  # [AP-PY18]
            def list(self) -> list[T]: ...

        class UserCRUD(CRUDBase[User, UserCreate]):  # [AP-PY18]
            pass
        """,
    )


def test_protocols_and_purposeful_repositories_are_not_reported() -> None:
    assert_detects(
        NAME,
        """
        from typing import Generic, Protocol, TypeVar

        T = TypeVar("T")

        class Repository(Protocol[T]):
            def get(self, entity_id: int) -> T: ...

        class OrderRepository:
            def find_overdue(self, today: date) -> list[Order]: ...

        class Page(Generic[T]):
            def get(self, index: int) -> T: ...

        class ReportRepository(Generic[T]):
            def find_overdue(self) -> list[T]: ...
        """,
    )
