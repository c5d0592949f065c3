"""ARCH-03: a route that strings several core operations together itself.

Matches a FastAPI route (or a DRF `@api_view`, or a Django or DRF view method) that
makes two or more calls that change state on the dependencies it was given: method
calls on a parameter injected with `Depends(...)`, other than reads. A read is a
method whose name starts with `get`, `find`, `list`, `search`, `count`, `load`,
`read`, `fetch`, `exists`, `is_`, `has_` or `check`. Each such call is reported,
since together they are the business action the core should own.

Misses: steps spread over several dependencies reached another way (module globals,
`request.app.state`), steps hidden in a helper function the route calls, a worker or
CLI that strings the steps together, and an adapter that returns the core's result
unmapped. Two reads (a dashboard composing two queries, which the rule allows) are
not reported.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    functions,
    is_injected,
    parameters,
    type_name,
    unwrap,
    walk_body,
)
from rulebook.check.detectors._web import SESSION_TYPES, is_route
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
        if not is_route(module, function):
            continue
        services = {
            argument.arg
            for argument in parameters(function)
            if is_injected(module, function, argument)
            and type_name(module, unwrap(module, argument.annotation))
            not in SESSION_TYPES
        }
        if not services:
            continue
        steps = [
            node
            for node in walk_body(function)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in services
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
