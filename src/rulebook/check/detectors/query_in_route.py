"""ARCH-04: a route or view that touches the database itself instead of a service.

Matches, inside an HTTP endpoint (a FastAPI route, a DRF `@api_view`, a handler method
of a Django or DRF class-based view, or a function taking `request` first in a
`views.py`/`routes.py` module):

- a parameter typed `Session`, `AsyncSession` or `scoped_session` (also inside
  `Annotated[..., Depends(...)]`);
- a SQLAlchemy statement built in the body: `select(...)`, `insert(...)`,
  `update(...)`, `delete(...)`;
- a method call on a session the endpoint holds (`session.scalars(...)`,
  `db.add(...)`), whether it came in as a parameter or was opened in the body;
- Django's `Model.objects` manager and `get_object_or_404`/`get_list_or_404`.

One finding per line. Endpoints whose path names a health probe (`/health`,
`/ready`, `/live`, `/ping`) are skipped: a `SELECT 1` there is the rule's exception.

Misses: queries one call away (a helper function the route calls that queries),
sessions reached through another object (`request.state.db`, `self.session`), raw
DB-API cursors, and plain function views outside a `views.py`-style module, which
cannot be told apart from any other function taking `request`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    Function,
    first_per_line,
    functions,
    route_decorator,
    route_path,
    session_names,
    type_name,
    unwrap,
    walk_body,
)
from rulebook.check.detectors._web import SESSION_TYPES, is_route
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "ARCH-04"
NAME = "query-in-route"

STATEMENTS = frozenset(
    f"{package}.{verb}"
    for package in ("sqlalchemy", "sqlalchemy.sql", "sqlalchemy.future", "sqlmodel")
    for verb in ("select", "insert", "update", "delete")
)
DJANGO_SHORTCUTS = frozenset(
    {"django.shortcuts.get_object_or_404", "django.shortcuts.get_list_or_404"}
)
PROBES = ("health", "ready", "live", "ping")


def detect(module: Module) -> Iterator[Hit]:
    """Report each line of an endpoint that talks to the database."""
    for function in functions(module):
        if not _is_endpoint(module, function) or _is_probe(function):
            continue
        for node, message in first_per_line(list(_touches(module, function))):
            yield Hit.at(node, message)


def _is_endpoint(module: Module, function: Function) -> bool:
    if is_route(module, function):
        return True
    # A Django function view: `def order_list(request, ...)` in views.py.
    arguments = function.args.posonlyargs + function.args.args
    return (
        module.role is Role.ROUTES
        and isinstance(module.parent(function), ast.Module)
        and bool(arguments)
        and arguments[0].arg == "request"
    )


def _is_probe(function: Function) -> bool:
    decorator = route_decorator(function)
    path = (route_path(decorator) if decorator else None) or ""
    return any(word in path.lower() for word in PROBES)


def _touches(module: Module, function: Function) -> Iterator[tuple[ast.AST, str]]:
    route = f"`{function.name}`"
    arguments = function.args
    for argument in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs):
        if type_name(module, unwrap(module, argument.annotation)) in SESSION_TYPES:
            yield (
                argument,
                f"endpoint {route} takes a database session `{argument.arg}`; "
                "inject the service that owns the query instead",
            )
    sessions = session_names(module, function)
    for node in walk_body(function):
        if isinstance(node, ast.Call):
            name = module.qualified_name(node.func)
            if name in STATEMENTS:
                yield (
                    node,
                    f"endpoint {route} builds its own `{name.split('.')[-1]}(...)` "
                    "statement; move the query into a service method",
                )
            elif name in DJANGO_SHORTCUTS:
                yield (
                    node,
                    f"view {route} loads rows with `{name.split('.')[-1]}`; "
                    "ask a service or selector for the object",
                )
            elif (
                isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id in sessions
            ):
                yield (
                    node,
                    f"endpoint {route} calls `{node.func.value.id}.{node.func.attr}()` "
                    "on the session itself; call a service that owns it",
                )
        elif (
            isinstance(node, ast.Attribute)
            and node.attr == "objects"
            and isinstance(node.value, ast.Name)
            and node.value.id[:1].isupper()
        ):
            yield (
                node,
                f"view {route} queries `{node.value.id}.objects` directly; "
                "call a service or selector function instead",
            )
