"""NAME-06 generic-domain-method: factories, checks and setters with generic names."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "generic-domain-method"


def test_dataclass_factory_check_and_status_setter_are_reported() -> None:
    assert_detects(
        NAME,
        """
        from dataclasses import dataclass

        @dataclass
        class Subscription:
            plan: str
            status: str

            @classmethod
            def new(cls, plan: str, status: str) -> "Subscription":  # [NAME-06]
                return cls(plan, status)

            @classmethod
            def create(cls, plan: str) -> "Subscription":  # [NAME-06]
                return cls(plan, "active")

            def check(self) -> bool:  # [NAME-06]
                return True

            def set_status(self, status: str) -> None:  # [NAME-06]
                self.status = status

            def update_fields(self, **changes: str) -> None:  # [NAME-06]
                pass
        """,
    )


def test_conventional_names_pass() -> None:
    assert_detects(
        NAME,
        """
        from dataclasses import dataclass

        @dataclass
        class Subscription:
            plan: str
            status: str

            @classmethod
            def create(cls, *, plan: str) -> "Subscription":
                return cls(plan, "active")

            @classmethod
            def from_row(cls, row: object) -> "Subscription":
                return cls("pro", "active")

            @classmethod
            def build(cls, model_type: type) -> "Subscription":
                return cls("pro", "active")

            def set_plan(self, plan: str) -> None:
                self.plan = plan

            def validate_can_be_cancelled(self) -> None: ...

            def cancel(self) -> None: ...
        """,
    )


def test_plain_and_pydantic_classes_outside_domain_modules_pass() -> None:
    assert_detects(
        NAME,
        """
        from pydantic import BaseModel

        class Settings(BaseModel):
            status: str

            def check(self) -> bool:
                return True

        class Parser:
            status: str

            @classmethod
            def new(cls, status: str) -> "Parser":
                return cls()
        """,
    )


def test_any_class_of_a_domain_module_is_a_domain_model() -> None:
    assert_detects(
        NAME,
        """
        class Order:
            status: str

            def ok(self) -> bool:  # [NAME-06]
                return True
        """,
        path="app/orders/domain.py",
    )
