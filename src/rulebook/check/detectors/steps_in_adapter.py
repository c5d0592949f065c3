"""ARCH-03: a route that strings several core operations together itself.

Matches an HTTP endpoint (a FastAPI route, a DRF `@api_view`, a Django or DRF view
method, a function view that `urlpatterns` routes to or that takes `request` first in
a `views.py`) that makes two or more calls that change state on core objects, other
than reads. A core object is:

- a parameter injected with `Depends(...)` (not a database session);
- what a Django view holds instead: a module-level or local name bound to an
  instance of a class named `...Service`, `...Repository` or `...UseCase`
  (`box_office = BookingService(...)`), a parameter of the view or of a function it
  is nested in annotated with such a class, or such an instance built in place
  (`OrderService().cancel(...)`).

A read is a method whose name starts with `get`, `find`, `list`, `search`, `count`,
`load`, `read`, `fetch`, `exists`, `is_`, `has_` or `check`. Each such call is
reported, since together they are the business action the core should own.

Misses: steps on core objects under other names (`orders = Orders()`,
`request.app.state`, `self.service`), steps hidden in a helper function the route
calls, a worker, CLI or Celery task that strings the steps together, and an adapter
that returns the core's result unmapped. Two reads (a dashboard composing two
queries, which the rule allows) are not reported.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    core_receivers,
    functions,
    is_core_instance,
    is_injected,
    parameters,
    type_name,
    unwrap,
    walk_body,
)
from rulebook.check.detectors._web import SESSION_TYPES, is_view
from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "ARCH-03"
NAME = "steps-in-adapter"

READ_PREFIXES = (
    "get",
    "find",
    "list",
    "search",
    "count",
    "load",
    "read",
    "fetch",
    "exists",
    "is_",
    "has_",
    "check",
)


def detect(module: Module) -> Iterator[Hit]:
    """Report each state-changing call when a route makes two or more of them."""
    for function in functions(module):
        if not is_view(module, function):
            continue
        services = {
            argument.arg
            for argument in parameters(function)
            if is_injected(module, function, argument)
            and type_name(module, unwrap(module, argument.annotation))
            not in SESSION_TYPES
        } | core_receivers(module, function)
        steps = [
            node
            for node in walk_body(function)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and _is_core(module, node.func.value, services)
            and not node.func.attr.lstrip("_").startswith(READ_PREFIXES)
        ]
        if len(steps) < 2:
            continue
        names = ", ".join(
            f"`{step.func.attr}`"
            for step in steps
            if isinstance(step.func, ast.Attribute)
        )
        for step in steps:
            yield Hit.at(
                step,
                f"route `{function.name}` runs the core's steps itself ({names}); "
                "offer one core operation for the action and map its result here",
            )


def _is_core(module: Module, receiver: ast.expr, services: set[str]) -> bool:
    """A name holding a core object, or a core object built in place."""
    if isinstance(receiver, ast.Name):
        return receiver.id in services
    return is_core_instance(module, receiver)
