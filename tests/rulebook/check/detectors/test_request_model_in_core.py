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


def test_drf_serializers_and_django_forms_taken_by_core_code() -> None:
    assert_detects(
        NAME,
        """
        from django import forms
        from rest_framework import serializers

        class SignUpSerializer(serializers.Serializer[None]):
            email = serializers.EmailField()

        class AccountSerializer(serializers.ModelSerializer[Account]):
            class Meta:
                model = Account
                fields = ("email",)

        class ContactForm(forms.Form):
            message = forms.CharField()

        class UserService:
            def register(self, form: SignUpSerializer) -> User:  # [AP-PY04]
                return User(form.validated_data["email"])

            def update(self, data: AccountSerializer | None) -> None:  # [AP-PY04]
                ...

            def contact(self, form: ContactForm) -> None:  # [AP-PY04]
                ...

            def rename(self, user_id: int, name: str) -> None:
                ...

        class SignUpView(APIView):
            def post(self, request):
                form = SignUpSerializer(data=request.data)
                return Response(status=201)

        def validate_sign_up(form: SignUpSerializer) -> bool:
            return form.is_valid()
        """,
    )


def test_a_core_module_importing_a_serializer() -> None:
    assert_detects(
        NAME,
        """
        from dataclasses import dataclass

        from serializers import SignUpSerializer  # [AP-PY04]

        class UserService:
            def register(self, form: SignUpSerializer) -> None:
                ...
        """,
        path="accounts/services.py",
    )
