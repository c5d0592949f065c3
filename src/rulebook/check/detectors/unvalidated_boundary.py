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

In a Django or DRF view (a DRF `@api_view`, a view class's handler method, a function
view that `urlpatterns` routes to or that takes `request` first in a `views.py`),
outside test modules, it reports:

- a field read by hand from an API request's input, at the read:
  `request.data["sku"]`, `request.data.get("sku")`, the same on DRF's
  `request.query_params`, and `json.loads(request.body)`; handing the whole of
  `request.data` to a serializer or form (`Serializer(data=request.data)`) is the
  boundary the rule asks for and passes;
- a response built from `dataclasses.asdict(...)` or `model_to_dict(...)`
  (`Response(model_to_dict(item))`), which sends every field out.

Misses: models whose fields are right but whose constraints are too loose (a
quantity with no lower bound), routes registered without a decorator, raw values
built in a helper the route returns, `request.data` read under another name
(`payload = request.data; payload["sku"]`), Django's `request.GET` and
`request.POST` (in a view that renders HTML they hold a search box, a page number or
the button pressed, so a JSON endpoint reading them is left to a reader), and
serializers whose fields are too permissive (a `CharField` where a `RegexField`
belongs). A helper in a `views.py` that takes `request` first counts as a view.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    Function,
    first_per_line,
    is_injected,
    keyword,
    parameters,
    route_decorator,
    unwrap,
    walk_body,
)
from rulebook.check.detectors._web import is_view, speaks_django
from rulebook.check.finding import Hit
from rulebook.check.module import FUNCTIONS, Module, Role

RULE_ID = "API-01"
NAME = "unvalidated-boundary"

ANYTHING = frozenset({"typing.Any", "typing_extensions.Any", "object"})
MAPPINGS = frozenset(
    {"dict", "typing.Dict", "typing.Mapping", "collections.abc.Mapping"}
)
SEQUENCES = frozenset({"list", "typing.List", "collections.abc.Sequence"})
BODY_READERS = frozenset({"json", "body", "form"})
DUMPS = frozenset({"dataclasses.asdict"})
DJANGO_DUMPS = DUMPS | {"django.forms.models.model_to_dict"}
REQUEST_INPUTS = frozenset({"data", "query_params"})
"""Attributes of a DRF request that hold an API client's input. Django's `GET` and
`POST` are left out: in a view that renders HTML they hold a search box, a page
number or the name of the button pressed, which the rule does not target."""
JSON_LOADS = frozenset({"json.loads"})


def detect(module: Module) -> Iterator[Hit]:
    """Report raw inputs and outputs at each FastAPI route."""
    django = module.role is not Role.TESTS and speaks_django(module)
    for function in module.nodes(*FUNCTIONS):
        decorator = route_decorator(function)
        if decorator is None:
            if django and is_view(module, function):
                for node, message in first_per_line(list(_django(module, function))):
                    yield Hit.at(node, message)
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


def _django(module: Module, function: Function) -> Iterator[tuple[ast.AST, str]]:
    """Hand-read request fields and dumped responses in a Django or DRF view."""
    arguments = [a.arg for a in parameters(function)]
    request = arguments[0] if arguments else None
    if request is None:
        return
    for node in walk_body(function):
        if isinstance(node, ast.Subscript) and _request_input(node.value, request):
            yield (
                node,
                f"`{function.name}` reads `{module.segment(node)}` by hand, so "
                "nothing checks it; pass `request.data` to a serializer and read "
                "`validated_data`",
            )
        elif not isinstance(node, ast.Call):
            continue
        elif (
            isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and _request_input(node.func.value, request)
        ):
            yield (
                node,
                f"`{function.name}` reads `{module.segment(node.func)}(...)` by hand, "
                "so nothing checks it; validate the input with a serializer or form",
            )
        elif (
            module.qualified_name(node.func) in JSON_LOADS
            and node.args
            and _is_request_attribute(node.args[0], request, "body")
        ):
            yield (
                node,
                f"`{function.name}` parses the request body by hand; validate it "
                "with a serializer or form",
            )
        elif isinstance(module.parent(node), ast.Return) and node.args:
            first = node.args[0]
            if (
                isinstance(first, ast.Call)
                and module.qualified_name(first.func) in DJANGO_DUMPS
            ):
                dump = module.segment(first.func)
                yield (
                    node,
                    f"`{function.name}` answers with `{dump}(...)`, which sends every "
                    "field out, internal ones included; answer with a response "
                    "serializer whose `fields` list what may leave",
                )


def _request_input(node: ast.expr, request: str) -> bool:
    """`request.data` or `request.query_params`."""
    return any(_is_request_attribute(node, request, name) for name in REQUEST_INPUTS)


def _is_request_attribute(node: ast.expr, request: str, name: str) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == name
        and isinstance(node.value, ast.Name)
        and node.value.id == request
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
