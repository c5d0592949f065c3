"""The shared recognisers of the naming detectors."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from rulebook.check.detectors._naming import (
    annotation_class,
    cap_words,
    dto_classes,
    holds_tests,
    is_pydantic_model,
)
from rulebook.check.module import Module, Role


def parse(source: str, role: Role = Role.OTHER) -> Module:
    return Module.parse(Path("example.py"), textwrap.dedent(source), role)


def test_cap_words_splits_acronyms_and_prefixes() -> None:
    assert cap_words("CouponDAOImpl") == ["Coupon", "DAO", "Impl"]
    assert cap_words("IClock") == ["I", "Clock"]
    assert cap_words("UserDTO") == ["User", "DTO"]


def test_annotation_class_unwraps_optional_and_strings() -> None:
    def expr(text: str) -> ast.expr:
        return ast.parse(text, mode="eval").body

    assert annotation_class(expr("Product | None")) == "Product"
    assert annotation_class(expr("Optional[models.Product]")) == "Product"
    assert annotation_class(expr("'Product | None'")) == "Product"
    assert annotation_class(expr("list[Product]")) is None
    assert annotation_class(expr("A | B")) is None


def test_pydantic_models_are_found_through_local_bases() -> None:
    module = parse(
        """
        from pydantic import BaseModel as Model
        from .schemas import OrderResponse

        class Base(Model):
            pass

        class CreateOrderRequest(Base):
            item: str

        class Order:
            pass
        """
    )
    classes = {node.name: node for node in module.nodes(ast.ClassDef)}
    assert is_pydantic_model(module, classes["CreateOrderRequest"])
    assert not is_pydantic_model(module, classes["Order"])
    assert dto_classes(module) == {"Base", "CreateOrderRequest", "OrderResponse"}


def test_holds_tests_by_role_or_by_test_functions() -> None:
    assert holds_tests(parse("X = 1", Role.TESTS))
    assert holds_tests(parse("def test_it_runs_once() -> None: ..."))
    assert not holds_tests(parse("def run() -> None: ..."))
