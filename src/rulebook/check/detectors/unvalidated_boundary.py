"""API-01: an endpoint that takes or returns raw, unvalidated structures.

In a FastAPI route it reports:

- a request parameter typed as a raw structure (`dict`, `dict[str, Any]`, `Any`,
  `list[dict]`, a bare `Mapping`), which FastAPI accepts without checking a field,
  at the parameter; dependency-injected parameters are left alone;
- reading the body by hand (`await request.json()`, `.body()`, `.form()`), at the call;
- a return typed as a raw structure when the decorator names no `response_model`,
  at the return annotation: nothing then shapes or documents the output;
- returning `dataclasses.asdict(...)` from a route, which sends every field out,
  internal ones included.

Misses: models whose fields are right but whose constraints are too loose (a
quantity with no lower bound), Django and DRF views, routes registered without a
decorator, and raw values built in a helper the route returns.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    first_per_line,
    is_injected,
    keyword,
    parameters,
    route_decorator,
    unwrap,
    walk_body,
)
from rulebook.check.finding import Hit
from rulebook.check.module import FUNCTIONS, Module

RULE_ID = "API-01"
NAME = "unvalidated-boundary"

ANYTHING = frozenset({"typing.Any", "typing_extensions.Any", "object"})
MAPPINGS = frozenset(
    {"dict", "typing.Dict", "typing.Mapping", "collections.abc.Mapping"}
)
SEQUENCES = frozenset({"list", "typing.List", "collections.abc.Sequence"})
BODY_READERS = frozenset({"json", "body", "form"})
DUMPS = frozenset({"dataclasses.asdict"})


def detect(module: Module) -> Iterator[Hit]:
    """Report raw inputs and outputs at each FastAPI route."""
    for function in module.nodes(*FUNCTIONS):
        decorator = route_decorator(function)
        if decorator is None:
            continue
        found: list[tuple[ast.AST, str]] = []
        for argument in parameters(function):
            if argument.arg in {"self", "request"} or is_injected(
                module, function, argument
            ):
                continue
            if _is_raw(module, unwrap(module, argument.annotation)):
                found.append(
                    (
                        argument,
                        f"parameter `{argument.arg}` of `{function.name}` is a raw "
                        "structure, so no field is validated; declare a request model",
                    )
                )
        if keyword(decorator, "response_model") is None and _is_raw(
            module, unwrap(module, function.returns)
        ):
            assert function.returns is not None  # noqa: S101 - _is_raw(None) is False
            found.append(
                (
                    function.returns,
                    f"`{function.name}` returns a raw structure with no response "
                    "model, so nothing shapes or documents its output",
                )
            )
        found += list(_body_problems(module, function))
        for node, message in first_per_line(found):
            yield Hit.at(node, message)


def _body_problems(
    module: Module, function: ast.FunctionDef | ast.AsyncFunctionDef
) -> Iterator[tuple[ast.AST, str]]:
    for node in walk_body(function):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in BODY_READERS
            and isinstance(func.value, ast.Name)
            and func.value.id == "request"
            and isinstance(module.parent(node), ast.Await)
        ):
            yield (
                node,
                f"`{function.name}` reads the request body by hand "
                f"(`request.{func.attr}()`); declare a request model instead",
            )
        elif module.qualified_name(func) in DUMPS and isinstance(
            module.parent(node), ast.Return
        ):
            yield (
                node,
                f"`{function.name}` returns `asdict(...)`, which sends every field "
                "out, internal ones included; return a response model",
            )


def _is_raw(module: Module, annotation: ast.expr | None) -> bool:
    """An annotation that checks nothing: `Any`, `object`, a bare `dict`/`Mapping`,
    or a mapping or list whose values are `Any` (`dict[str, Any]`, `list[dict]`).

    `dict[str, int]` is typed, so it is not raw.
    """
    if annotation is None:
        return False
    name = module.qualified_name(annotation) or ""
    if name in ANYTHING or name in MAPPINGS:  # a bare mapping: anything goes
        return True
    if not isinstance(annotation, ast.Subscript):
        return False
    outer = module.qualified_name(annotation.value) or ""
    inner = annotation.slice
    items = inner.elts if isinstance(inner, ast.Tuple) else [inner]
    if outer in MAPPINGS:
        return bool(items) and _is_raw(module, items[-1])
    if outer in SEQUENCES:
        return bool(items) and _is_raw(module, items[0])
    return False
