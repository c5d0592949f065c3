"""NAME-02 vague-class-name: contracts, repositories, services named after no role."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "vague-class-name"


def test_interface_markers_and_base_names_on_injected_contracts() -> None:
    assert_detects(
        NAME,
        """
        from abc import ABC
        from typing import Protocol

        class IClock(Protocol):  # [NAME-02]
            def today(self) -> str: ...

        class BaseCouponStore(Protocol):  # [NAME-02]
            def find(self, code: str) -> str: ...

        class MailerInterface(ABC):  # [NAME-02]
            pass

        class CouponService:
            def __init__(
                self, clock: IClock, coupons: BaseCouponStore, mailer: MailerInterface
            ) -> None:
                self.clock = clock
        """,
    )


def test_contracts_nobody_injects_and_extended_bases_are_left_alone() -> None:
    assert_detects(
        NAME,
        """
        from typing import Protocol

        class IterableInterface(Protocol):
            def __iter__(self) -> object: ...

        class BaseHandlerProtocol(Protocol):
            def __call__(self) -> None: ...

        class ValidateHandlerProtocol(BaseHandlerProtocol, Protocol):
            pass

        class Runner:
            def __init__(self, handler: ValidateHandlerProtocol) -> None:
                self.handler = handler
        """,
    )


def test_dao_names_impl_with_a_session_and_managers_taking_contracts() -> None:
    assert_detects(
        NAME,
        """
        from typing import Protocol
        from sqlalchemy.orm import Session

        class CouponRepository(Protocol):
            def find(self, code: str) -> str: ...

        class MockCouponDAO:  # [NAME-02]
            pass

        class CouponStoreImpl:  # [NAME-02]
            def __init__(self, session: Session) -> None:
                self.session = session

        class CouponManager:  # [NAME-02]
            def __init__(self, coupons: CouponRepository) -> None:
                self.coupons = coupons

        class PaymentHandler:  # [NAME-02]
            def __init__(self, gateway: "PaymentGateway | None") -> None:
                self.gateway = gateway
        """,
    )


def test_library_style_names_without_a_role_shape_pass() -> None:
    assert_detects(
        NAME,
        """
        class ClassManager(dict):
            def __init__(self, class_: type) -> None:
                self.class_ = class_

        class ScalarAttributeImpl:
            def __init__(self, key: str) -> None:
                self.key = key

        class _PrivateHelper:
            def __init__(self, coupons: "CouponRepository") -> None:
                self.coupons = coupons

        class SqlAlchemyCouponRepository:
            pass
        """,
    )


def test_in_a_service_module_the_suffix_alone_is_enough() -> None:
    assert_detects(
        NAME,
        """
        class OrderManager:  # [NAME-02]
            pass

        class OrderService:
            pass
        """,
        path="app/orders/service.py",
    )
