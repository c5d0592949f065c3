"""NAME-07: a mapping between boundary models and the core is misnamed or inline.

Matches:

- a module-level function with one parameter that builds its return type, mapping a
  request model to a core type (`CreateProductRequest` -> `CreateProductCommand`) or a
  core type to a response model (`Product` -> `ProductResponse`), whose name does not
  start with `map_` (`convert`, `to_dto`, `serialize_product`);
- a method of a non-Pydantic class that turns `self` into a response model
  (`Product.to_response()`): the domain model then depends on the HTTP schema;
- response models built field by field in route handlers
  (`ProductResponse(id=product.id, name=product.name, ...)`, two or more fields of one
  object), when two or more routes of the module build the same model that way: each
  copy is reported, since copies are what drift apart.

A request model is a Pydantic model of the module, or a class imported from a `schemas`
module, whose name ends in `Request`; a response model likewise ends in `Response`.
Framework responses (`JSONResponse`, Django's `HttpResponse`) are not response models.

Misses: mappers whose types come from other modules not named `schemas`; a response
built inline in only one route (left to review: a single copy has nothing to drift from
yet); mapping written inline in a service or a worker; a request copied into a command
inline; the same conversion written twice in differently named mappers.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._naming import (
    annotation_class,
    dto_classes,
    is_http_response,
    is_pydantic_model,
    methods,
)
from rulebook.check.detectors._web import routes
from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "NAME-07"
NAME = "unnamed-mapping"

MIN_COPIED_FIELDS = 2
MIN_ROUTES = 2


def detect(module: Module) -> Iterator[Hit]:
    """Misnamed mapper functions, mapping methods on domain classes, inline mapping."""
    dtos = {
        name
        for name in dto_classes(module)
        if name.endswith(("Request", "Response")) and not is_http_response(module, name)
    }
    if not dtos:
        return
    route_nodes = routes(module)
    yield from _named_mappers(module, dtos, set(route_nodes))
    yield from _mapping_methods(module, dtos)
    copies = [
        copy for route in route_nodes for copy in _inline_copies(module, route, dtos)
    ]
    for model in {model for _, model, _ in copies}:
        places = [(route, call) for route, name, call in copies if name == model]
        if len({id(route) for route, _ in places}) < MIN_ROUTES:
            continue
        for route, call in places:
            others = sorted({f"`{r.name}`" for r, _ in places if r is not route})
            yield Hit.at(
                call,
                f"route `{route.name}` builds `{model}` field by field, and so does "
                f"{', '.join(others)}; map it once in `map_domain_to_response`",
            )


def _is_request(name: str | None, dtos: set[str]) -> bool:
    return name is not None and name in dtos and name.endswith("Request")


def _is_response(name: str | None, dtos: set[str]) -> bool:
    return name is not None and name in dtos and name.endswith("Response")


def _builds(function: ast.AST, name: str) -> bool:
    return any(
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name | ast.Attribute)
        and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr)
        in {name, "model_validate"}
        for node in ast.walk(function)
    )


def _named_mappers(
    module: Module, dtos: set[str], route_nodes: set[ast.AST]
) -> Iterator[Hit]:
    for function in module.tree.body:
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if function in route_nodes or function.name.startswith("map_"):
            continue
        args = function.args
        parameters = [*args.posonlyargs, *args.args, *args.kwonlyargs]
        if len(parameters) != 1 or args.vararg or args.kwarg:
            continue
        source = annotation_class(parameters[0].annotation)
        target = annotation_class(function.returns)
        if source is None or target is None or not _builds(function, target):
            continue
        if _is_request(source, dtos) and not _is_response(target, dtos):
            yield Hit.at(
                function,
                f"`{function.name}` maps `{source}` into the core; name it "
                "`map_request_to_domain` (one per request type, e.g. "
                "`map_update_request_to_domain`)",
            )
        elif _is_response(target, dtos) and not _is_request(source, dtos):
            yield Hit.at(
                function,
                f"`{function.name}` maps `{source}` to `{target}`; name it "
                "`map_domain_to_response`",
            )


def _mapping_methods(module: Module, dtos: set[str]) -> Iterator[Hit]:
    for node in module.nodes(ast.ClassDef):
        if node.name in dtos or is_pydantic_model(module, node):
            continue
        for method in methods(node):
            args = method.args
            if len(args.posonlyargs + args.args + args.kwonlyargs) != 1:
                continue
            target = annotation_class(method.returns)
            if _is_response(target, dtos) and target and _builds(method, target):
                yield Hit.at(
                    method,
                    f"`{node.name}.{method.name}()` ties the core to the HTTP schema "
                    f"`{target}`; map it in a `map_domain_to_response` function",
                )


def _inline_copies(
    module: Module, route: ast.FunctionDef | ast.AsyncFunctionDef, dtos: set[str]
) -> Iterator[tuple[ast.FunctionDef | ast.AsyncFunctionDef, str, ast.Call]]:
    """Response models the route builds by copying two or more fields of one
    object."""
    for node in ast.walk(route):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        name = node.func.id
        if not _is_response(name, dtos):
            continue
        if module.enclosing_function(node) is not route:
            continue
        sources: dict[str, int] = {}
        for keyword in node.keywords:
            value = keyword.value
            if (
                keyword.arg is not None
                and isinstance(value, ast.Attribute)
                and isinstance(value.value, ast.Name)
            ):
                sources[value.value.id] = sources.get(value.value.id, 0) + 1
        if max(sources.values(), default=0) >= MIN_COPIED_FIELDS:
            yield route, name, node
