"""NAME-05: a route handler or service method uses a verb outside the standard set.

Matches, in FastAPI-style route handlers (a function decorated with `@app.get(...)` and
its siblings, or DRF's `@api_view`), in the public methods of a class named
`...Service`, and in the public functions of a `service` module:

- a name starting with `fetch_`, `retrieve_`, `obtain_`, `make_`, `new_`, `all_`,
  `do_`, `handle_` or `process_` (`fetch_order`, `new_order`, `handle_payment`);
- a bare verb with no resource: `fetch`, `retrieve`, `make`, `new`, `all`, `do`,
  `handle`, `process`, `list`, `filter`.

Django class-based views are not checked: their handler methods are named after the
HTTP method by the framework.

Misses: verbs that are sometimes right (`add_`, `remove_`, `save_`, which may name a
real business action); two verbs for one kind of operation in a feature; a `get_` that
returns `None` or a `find_by_` that raises; handlers and services recognised neither by
decorator nor by class or module name.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._naming import methods
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role, decorator_names

RULE_ID = "NAME-05"
NAME = "non-standard-verb"

ROUTE_DECORATORS = frozenset(
    {"get", "post", "put", "patch", "delete", "api_route", "route"}
)
INSTEAD = {
    "fetch": "get_{resource} (or find_by_{key} when it may find nothing)",
    "retrieve": "get_{resource} (or find_by_{key} when it may find nothing)",
    "obtain": "get_{resource} (or find_by_{key} when it may find nothing)",
    "make": "create_{resource}",
    "new": "create_{resource}",
    "all": "list_{resources}",
    "do": "a verb that names the action (cancel_order, refund_payment)",
    "handle": "a verb that names the action (cancel_order, refund_payment)",
    "process": "a verb that names the action (cancel_order, refund_payment)",
}
BARE_ONLY = {"list": "list_{resources}", "filter": "list_{resources}"}


def detect(module: Module) -> Iterator[Hit]:
    """One hit per handler or service function with a non-standard verb."""
    for function, kind in _candidates(module):
        advice = _advice(function.name)
        if advice:
            yield Hit.at(
                function,
                f"{kind} `{function.name}` uses a non-standard verb; name it {advice}",
            )


def _candidates(
    module: Module,
) -> Iterator[tuple[ast.FunctionDef | ast.AsyncFunctionDef, str]]:
    seen: set[ast.AST] = set()
    for function in module.nodes(ast.FunctionDef, ast.AsyncFunctionDef):
        if _is_route(module, function):
            seen.add(function)
            yield function, "route handler"
    for node in module.nodes(ast.ClassDef):
        if node.name.endswith("Service"):
            for method in methods(node):
                if method not in seen and not method.name.startswith("_"):
                    yield method, "service method"
    if module.role is Role.SERVICE:
        for item in module.tree.body:
            if (
                isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
                and item not in seen
                and not item.name.startswith("_")
            ):
                yield item, "service function"


def _is_route(module: Module, function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr in ROUTE_DECORATORS:
            return True
    return "rest_framework.decorators.api_view" in decorator_names(module, function)


def _advice(name: str) -> str | None:
    if name in BARE_ONLY:
        return BARE_ONLY[name]
    verb, _, rest = name.partition("_")
    advice = INSTEAD.get(verb)
    if advice is None:
        return None
    if not rest:
        return advice
    return advice.replace("{resource}", rest).replace("{resources}", rest)
