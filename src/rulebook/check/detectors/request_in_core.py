"""ARCH-07: a framework request object handed to service or domain code.

Matches:

- a parameter of core code typed with a framework request or connection: FastAPI's
  or Starlette's `Request`, `HTTPConnection` or `WebSocket`, Django's `HttpRequest`,
  DRF's `Request`. Core code is every function of a `service.py`, `services.py`,
  `use_cases.py`, `domain.py` or `repository.py` module except routes, and the methods
  of a class named `...Service`, `...Repository` or `...UseCase` in any module;
- an endpoint that passes its request to a method of a core object: a dependency it
  was given (`orders.cancel(request, ...)` where `orders` comes from `Depends(...)`),
  or, in a Django or DRF view, a module-level or local instance of a class named
  `...Service`, `...Repository` or `...UseCase`, a parameter so annotated, or such an
  instance built in place (`DocumentService().archive(request, ...)`). The request
  is a parameter typed with one of the types above, or a view's `request` parameter,
  which Django views often leave unannotated.

Misses: a request passed under another type (`Any`, `object`, a protocol) or another
name, `request.user` or `request.data` passed on (a value, which the rule allows, or
the auth library's user object), a core that reads a context variable the middleware
set, and core code under names that do not say so. Dependency providers, middleware,
exception handlers, DRF authentication classes and Django's own helpers (`render`,
`login`) may take a request and are not reported.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    Function,
    core_receivers,
    functions,
    in_core_class,
    is_core_instance,
    is_injected,
    parameters,
    route_decorator,
    type_name,
    unwrap,
    walk_body,
)
from rulebook.check.detectors._web import is_view
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "ARCH-07"
NAME = "request-in-core"

CORE_ROLES = frozenset({Role.SERVICE, Role.DOMAIN, Role.REPOSITORY})
FRAMEWORKS = frozenset({"fastapi", "starlette", "django", "rest_framework"})
REQUEST_TYPES = frozenset(
    {
        "fastapi.Request",
        "fastapi.WebSocket",
        "fastapi.requests.Request",
        "fastapi.requests.HTTPConnection",
        "fastapi.websockets.WebSocket",
        "starlette.requests.Request",
        "starlette.requests.HTTPConnection",
        "starlette.websockets.WebSocket",
        "django.http.HttpRequest",
        "django.http.request.HttpRequest",
        "rest_framework.request.Request",
    }
)


def detect(module: Module) -> Iterator[Hit]:
    """Report request-typed core parameters and requests passed on by routes."""
    if not any(name.split(".")[0] in FRAMEWORKS for name in module.imports.values()):
        return
    for function in functions(module):
        if is_view(module, function):
            yield from _passed_on(module, function)
        elif module.role in CORE_ROLES or in_core_class(module, function) is not None:
            for argument in parameters(function):
                name = type_name(module, unwrap(module, argument.annotation))
                if name in REQUEST_TYPES:
                    yield Hit.at(
                        argument,
                        f"core function `{function.name}` takes the framework's "
                        f"`{name.split('.')[-1]}`; resolve the caller at the edge and "
                        "pass a typed actor or value instead",
                    )


def _passed_on(module: Module, function: Function) -> Iterator[Hit]:
    arguments = parameters(function)
    requests = {
        argument.arg
        for argument in arguments
        if type_name(module, unwrap(module, argument.annotation)) in REQUEST_TYPES
    }
    if route_decorator(function) is None:  # a Django view: `request` may be untyped
        requests |= {a.arg for a in arguments[:1] if a.arg == "request"}
    if not requests:
        return
    services = {
        argument.arg
        for argument in arguments
        if argument.arg not in requests and is_injected(module, function, argument)
    } | (core_receivers(module, function) - requests)
    for node in walk_body(function):
        if not (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and (
                (
                    isinstance(node.func.value, ast.Name)
                    and node.func.value.id in services
                )
                or is_core_instance(module, node.func.value)
            )
        ):
            continue
        values = [*node.args, *(k.value for k in node.keywords)]
        passed = [v.id for v in values if isinstance(v, ast.Name) and v.id in requests]
        if passed:
            yield Hit.at(
                node,
                f"route `{function.name}` hands its `{passed[0]}` to "
                f"`{module.segment(node.func)}()`; pass what the core needs "
                "(an actor, a value), not the request",
            )
