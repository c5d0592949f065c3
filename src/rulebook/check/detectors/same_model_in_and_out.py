"""API-03: one model used as a route's request body and as its response.

Matches a FastAPI route where:

- a body parameter's type is also the route's `response_model=` or return type
  (`def create(body: Account) -> Account`), looking inside `list[...]` and unions;
  the finding sits on the parameter. A body parameter is one that is not injected
  (`Depends`), not a path, query, header or cookie parameter (`Annotated[...,
  Query()]` and the like) and not typed with a builtin, a `typing` name or a
  framework class;
- or a class named `...Request` is the response (`-> CreateUserRequest`); the
  finding sits on the annotation.

Misses: the same model used as the body of both `POST` and `PATCH`, request models
that carry server-owned fields (`id`, `is_admin`), a table mirror reused as the
response under another name, and services taking the request model (AP-PY04).
"""

from __future__ import annotations

import ast
import builtins
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    Function,
    annotated_metadata,
    functions,
    is_framework_name,
    is_injected,
    keyword,
    parameters,
    parse_annotation,
    route_decorator,
    unwrap,
)
from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "API-03"
NAME = "same-model-in-and-out"

NOT_BODY = frozenset({"Path", "Query", "Header", "Cookie", "File", "Form"})
"""FastAPI markers of parameters that do not come from the JSON body."""
BUILTIN_NAMES = frozenset(dir(builtins))
TYPING_PACKAGES = frozenset(
    {"typing", "typing_extensions", "collections", "datetime", "decimal", "uuid"}
)


def detect(module: Module) -> Iterator[Hit]:
    """Report body parameters that are also the response, and `*Request` responses."""
    for function in functions(module):
        decorator = route_decorator(function)
        if decorator is None:
            continue
        declared = keyword(decorator, "response_model")
        written = declared if declared is not None else function.returns
        if written is None:
            continue
        out = _model_names(module, parse_annotation(written))
        shared = False
        for argument in _body_parameters(module, function):
            both = _model_names(module, unwrap(module, argument.annotation)) & out
            if both:
                shared = True
                yield Hit.at(
                    argument,
                    f"`{sorted(both)[0]}` is both the request body and the response "
                    f"of `{function.name}`; give the route a create/update request "
                    "model and a separate response model",
                )
        requests = sorted(name for name in out if name.endswith("Request"))
        if requests and not shared:
            yield Hit.at(
                written,
                f"`{function.name}` answers with the request model `{requests[0]}`; "
                "declare a response model with the fields clients may see",
            )


def _body_parameters(module: Module, function: Function) -> Iterator[ast.arg]:
    for argument in parameters(function):
        if argument.annotation is None or is_injected(module, function, argument):
            continue
        markers = {
            (module.qualified_name(meta.func) or "").split(".")[-1]
            for meta in annotated_metadata(module, argument.annotation)
            if isinstance(meta, ast.Call)
        }
        if markers & NOT_BODY:
            continue
        yield argument


def _model_names(module: Module, node: ast.expr | None) -> set[str]:
    """Class names in an annotation that could be models (not builtins, typing or
    framework classes), as written (`User`, `schemas.User`)."""
    names: set[str] = set()
    stack: list[ast.expr] = [node] if node is not None else []
    while stack:
        part = stack.pop()
        if isinstance(part, ast.Subscript):
            stack.extend([part.value, part.slice])
        elif isinstance(part, ast.Tuple | ast.List):
            stack.extend(part.elts)
        elif isinstance(part, ast.BinOp):
            stack.extend([part.left, part.right])
        elif isinstance(part, ast.Name | ast.Attribute) and _is_model(module, part):
            names.add(ast.unparse(part))
    return names


def _is_model(module: Module, node: ast.Name | ast.Attribute) -> bool:
    qualified = module.qualified_name(node) or ""
    if isinstance(node, ast.Name) and node.id in BUILTIN_NAMES:
        return False
    if is_framework_name(qualified) or qualified.split(".")[0] in TYPING_PACKAGES:
        return False
    return not qualified.startswith(("pydantic.", "sqlalchemy."))
