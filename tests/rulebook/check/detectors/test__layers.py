"""The layering helpers read routes, injected parameters, ORM and pydantic classes."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from rulebook.check.detectors._layers import (
    FORM_BASES,
    MODEL_SERIALIZER_BASES,
    SERIALIZER_BASES,
    core_receivers,
    first_per_line,
    functions,
    is_injected,
    mapped_classes,
    pydantic_classes,
    route_decorator,
    route_methods,
    route_path,
    serializer_classes,
    session_names,
    walk_body,
)
from rulebook.check.module import Module

SOURCE = textwrap.dedent(
    """\
    from typing import Annotated

    from fastapi import Depends, FastAPI
    from pydantic import BaseModel
    from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

    app = FastAPI()


    class Base(DeclarativeBase):
        pass


    class Order(Base):
        __tablename__ = "orders"
        id: Mapped[int] = mapped_column(primary_key=True)


    class OrderResponse(BaseModel):
        id: int


    def get_session() -> Session: ...


    @app.api_route("/orders", methods=["GET", "POST"])
    def orders(session: Annotated[Session, Depends(get_session)], q: str) -> None:
        def inner() -> None:
            hidden = 1
        with Session() as other:
            other.close()
    """
)


def module() -> Module:
    return Module.parse(Path("routes.py"), SOURCE)


def route() -> ast.FunctionDef:
    found = [f for f in functions(module()) if f.name == "orders"]
    assert isinstance(found[0], ast.FunctionDef)
    return found[0]


def test_route_decorator_methods_and_path() -> None:
    decorator = route_decorator(route())
    assert decorator is not None
    assert route_methods(decorator) == {"get", "post"}
    assert route_path(decorator) == "/orders"
    assert route_decorator(functions(module())[0]) is None


def test_injected_parameters_and_sessions() -> None:
    parsed = module()
    function = next(f for f in functions(parsed) if f.name == "orders")
    session, query = function.args.args
    assert is_injected(parsed, function, session)
    assert not is_injected(parsed, function, query)
    assert session_names(parsed, function) == {"session", "other"}


def test_mapped_and_pydantic_classes() -> None:
    parsed = module()
    assert "Order" in mapped_classes(parsed)
    assert "OrderResponse" not in mapped_classes(parsed)
    assert "OrderResponse" in pydantic_classes(parsed)


def test_walk_body_stays_out_of_nested_functions() -> None:
    names = {node.id for node in walk_body(route()) if isinstance(node, ast.Name)}
    assert "hidden" not in names
    assert "other" in names


def test_first_per_line_keeps_one_hit_per_line() -> None:
    first, second = ast.parse("a = 1\nb = 2\n").body
    kept = list(first_per_line([(second, "b"), (first, "a1"), (first, "a2")]))
    assert [message for _node, message in kept] == ["a1", "b"]


def test_core_receivers_of_a_django_view() -> None:
    module = Module.parse(
        Path("app.py"),
        textwrap.dedent(
            """
            box_office = BookingService(seats=4)
            orders: OrderRepository = OrderRepository()
            cache = Cache()

            def urls(service: "UserService", name: str):
                def view(request, pk):
                    payments = PaymentService()
                    client = Client()
                    return payments, client
                return view
            """
        ),
    )
    view = next(f for f in functions(module) if f.name == "view")
    assert core_receivers(module, view) == {
        "box_office",
        "orders",
        "service",
        "payments",
    }


def test_serializer_classes_follow_local_bases_and_generic_arguments() -> None:
    module = Module.parse(
        Path("app.py"),
        textwrap.dedent(
            """
            from django import forms
            from rest_framework import serializers

            class A(serializers.ModelSerializer[User]): ...
            class B(A): ...
            class C(serializers.Serializer): ...
            class D(forms.ModelForm): ...
            class E: ...
            """
        ),
    )
    assert serializer_classes(module, MODEL_SERIALIZER_BASES) == {"A", "B"}
    assert serializer_classes(module, SERIALIZER_BASES | FORM_BASES) == {
        "A",
        "B",
        "C",
        "D",
    }
