"""API-02 orm-row-in-response: endpoints typed as ORM rows or returning column dumps."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "orm-row-in-response"

MODELS = """
from fastapi import FastAPI
from sqlalchemy.orm import DeclarativeBase, Mapped

app = FastAPI()

class Base(DeclarativeBase):
    pass

class Entity(Base):
    __abstract__ = True

class User(Entity):
    __tablename__ = "users"
    id: Mapped[int]
"""


def test_return_type_and_response_model_naming_a_mapped_class() -> None:
    assert_detects(
        NAME,
        MODELS
        + """
@app.get("/users/{user_id}")
def get_user(user_id: int) -> User:  # [API-02]
    ...

@app.get("/users", response_model=list[User])  # [API-02]
def list_users(limit: int = 10):
    ...

@app.get("/maybe/{user_id}")
def maybe(user_id: int) -> "User | None":  # [API-02]
    ...
""",
    )


def test_column_dumps_returned_from_a_route() -> None:
    assert_detects(
        NAME,
        """
        from django.forms.models import model_to_dict

        @app.get("/a")
        def a() -> dict[str, object]:
            return user.to_dict()  # [API-02]

        @app.get("/b")
        def b() -> dict[str, object]:
            return user.__dict__  # [API-02]

        @app.get("/c")
        def c() -> dict[str, object]:
            return vars(user)  # [API-02]

        @app.get("/d")
        def d() -> dict[str, object]:
            return model_to_dict(user)  # [API-02]
        """,
    )


def test_legacy_bases_and_django_but_not_imported_classes() -> None:
    assert_detects(
        NAME,
        """
        from django.db import models
        from sqlalchemy.orm import declarative_base
        from .models import Order, OrderResponse

        Base = declarative_base()

        class Invoice(Base):
            __tablename__ = "invoices"

        class Refund(models.Model):
            pass

        @router.get("/orders/{order_id}")
        def order(order_id: int) -> Order:
            ...

        @router.get("/orders/{order_id}/summary")
        def summary(order_id: int) -> OrderResponse:
            ...

        @router.get("/invoices/{invoice_id}")
        def invoice(invoice_id: int) -> Invoice:  # [API-02]
            ...

        @router.get("/refunds/{refund_id}")
        def refund(refund_id: int) -> Refund:  # [API-02]
            ...
        """,
    )


def test_response_models_and_non_routes_are_not_reported() -> None:
    assert_detects(
        NAME,
        MODELS
        + """
from pydantic import BaseModel

class UserResponse(BaseModel):
    id: int

@app.get("/users/{user_id}")
def get_user(user_id: int) -> UserResponse:
    return UserResponse.model_validate(load(user_id))

def load(user_id: int) -> User:
    return row.to_dict()
""",
    )


def test_drf_model_serializers_that_publish_every_column() -> None:
    assert_detects(
        NAME,
        """
        from rest_framework import serializers

        class UserSerializer(serializers.ModelSerializer[User]):
            class Meta:
                model = User
                fields = "__all__"  # [API-02]

        class AccountSerializer(serializers.HyperlinkedModelSerializer):
            class Meta:
                model = Account
                exclude = ("password",)  # [API-02]

        class AdminUserSerializer(UserSerializer):
            class Meta:
                model = User
                fields = "__all__"  # [API-02]

        class PublicSerializer(serializers.ModelSerializer):
            class Meta:
                model = User
                fields = ("id", "username")

        class SignUpSerializer(serializers.Serializer):
            class Meta:
                fields = "__all__"
        """,
    )
    assert_detects(
        NAME,
        """
        from rest_framework import serializers

        class UserSerializer(serializers.ModelSerializer):
            class Meta:
                model = User
                fields = "__all__"
        """,
        path="tests/test_serializers.py",
    )


def test_django_views_answering_with_a_dump() -> None:
    assert_detects(
        NAME,
        """
        from django.forms.models import model_to_dict
        from django.http import JsonResponse
        from django.urls import path
        from rest_framework.views import APIView

        class StockView(APIView):
            def get(self, request, pk):
                item = StockItem.objects.get(pk=pk)
                return Response(model_to_dict(item))  # [API-02]

        def stock(request, pk):
            item = StockItem.objects.get(pk=pk)
            if request.GET.get("raw"):
                return JsonResponse(vars(item))  # [API-02]
            return JsonResponse(item.to_dict())

        urlpatterns = [path("stock/<int:pk>", stock)]
        """,
    )
