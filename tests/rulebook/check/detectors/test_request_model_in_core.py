"""AP-PY04 request-model-in-core: transport models reaching services or the domain."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "request-model-in-core"


def test_service_method_taking_a_local_request_model() -> None:
    assert_detects(
        NAME,
        """
        from pydantic import BaseModel

        class CreateUserRequest(BaseModel):
            email: str

        class UserService:
            def register(self, request: CreateUserRequest) -> None:  # [AP-PY04]
                ...

            def register_many(
                self,
                requests: list[CreateUserRequest],  # [AP-PY04]
            ) -> None:
                ...
        """,
    )


def test_core_module_importing_from_a_transport_module() -> None:
    assert_detects(
        NAME,
        """
        from app.orders.schemas import CreateOrderRequest  # [AP-PY04]
        from .serializers import OrderSerializer  # [AP-PY04]
        from .domain import Order

        def place_order(request: CreateOrderRequest) -> Order:
            ...
        """,
        path="app/orders/service.py",
    )


def test_imported_request_model_in_a_service_class_of_another_module() -> None:
    assert_detects(
        NAME,
        """
        from .schemas import CreateOrderRequest

        class OrderService:
            def place(self, body: CreateOrderRequest) -> None:  # [AP-PY04]
                ...
        """,
        path="app/orders/wiring.py",
    )


def test_routes_commands_and_non_core_functions_are_not_reported() -> None:
    assert_detects(
        NAME,
        """
        from dataclasses import dataclass
        from fastapi import FastAPI, Request
        from pydantic import BaseModel

        app = FastAPI()

        class CreateUserRequest(BaseModel):
            email: str

        @dataclass
        class RefundRequest:
            amount: int

        class UserService:
            def register(self, command: RegisterUser) -> None:
                ...

            def refund(self, refund: RefundRequest) -> None:
                ...

        @app.post("/users", status_code=201)
        def create_user(body: CreateUserRequest, request: Request) -> None:
            ...

        def to_command(body: CreateUserRequest) -> RegisterUser:
            ...
        """,
    )


def test_routes_module_may_import_schemas() -> None:
    assert_detects(
        NAME,
        """
        from .schemas import CreateOrderRequest

        @router.post("/orders", status_code=201)
        def create(body: CreateOrderRequest) -> None:
            ...
        """,
        path="app/orders/routes.py",
    )
