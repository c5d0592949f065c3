"""ARCH-04: a route or view that touches the database itself instead of a service.

Matches, inside an HTTP endpoint (a FastAPI route, a DRF `@api_view`, a handler method
of a Django or DRF class-based view, a function view that the module's `urlpatterns`
route to or that carries `require_GET`-style decorators, or a function taking
`request` first in a `views.py`/`routes.py` module):

- a parameter typed `Session`, `AsyncSession` or `scoped_session` (also inside
  `Annotated[..., Depends(...)]`);
- a SQLAlchemy statement built in the body: `select(...)`, `insert(...)`,
  `update(...)`, `delete(...)`;
- a method call on a session the endpoint holds (`session.scalars(...)`,
  `db.add(...)`), whether it came in as a parameter or was opened in the body;
- Django's `Model.objects` (or `Model._default_manager`) manager,
  `get_object_or_404`/`get_list_or_404`, and a raw cursor opened on
  `django.db.connection` (`connection.cursor()`, `connections["x"].cursor()`).

One finding per line; test modules are left alone (an endpoint declared in a test
is a fixture). Endpoints whose path names a health probe (`/health`, `/ready`,
`/live`, `/ping`), in the decorator or in the module's `urlpatterns`, and Django views
named for one (`health`, `HealthView`, `healthz`, `readiness`), whose path sits in
another module, are skipped: a `SELECT 1` there is the rule's exception. So is a
cursor block that runs nothing but `SELECT 1`, whatever the view is called (a
`status` view that probes the database).

Misses: queries one call away (a helper function the route calls that queries),
sessions reached through another object (`request.state.db`, `self.session`),
related managers and lazy relationships (`request.user.orders.all()`), DRF generic
views and viewsets that declare `queryset = Model.objects...` as a class attribute
(the framework's own pattern), and plain function views outside a `views.py`-style
module that no `urlpatterns` of the same module routes to, which cannot be told
apart from any other function taking `request`.
"""

from __future__ import annotations

import ast
import re
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
from rulebook.check.detectors._web import SESSION_TYPES, is_view, url_views
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
DJANGO_CONNECTIONS = frozenset({"django.db.connection", "django.db.connections"})
MANAGERS = frozenset({"objects", "_default_manager"})
PROBES = ("health", "ready", "live", "ping")
PROBE_VIEWS = frozenset(
    {
        "health",
        "healthz",
        "healthcheck",
        "health_check",
        "readiness",
        "readyz",
        "liveness",
        "livez",
    }
)
"""Names of Django views that can only be probes (`def healthz(request)`), whose path
is written in another module's `urlpatterns`. `status`, `ping` and `ready` are left
out: apps name real endpoints so."""
PROBE_SQL = re.compile(r"\s*select\s+1\s*;?\s*", re.IGNORECASE)
"""The statement a probe runs; a cursor that runs only this is the rule's exception."""


def detect(module: Module) -> Iterator[Hit]:
    """Report each line of an endpoint that talks to the database."""
    if module.role is Role.TESTS:
        return  # an endpoint declared in a test is a fixture of the test
    for function in functions(module):
        if not is_view(module, function) or _is_probe(module, function):
            continue
        for node, message in first_per_line(list(_touches(module, function))):
            yield Hit.at(node, message)


def _is_probe(module: Module, function: Function) -> bool:
    decorator = route_decorator(function)
    path = (route_path(decorator) if decorator else None) or ""
    owner = module.parent(function)
    view = owner.name if isinstance(owner, ast.ClassDef) else function.name
    route = url_views(module).get(view)
    if route is not None:
        path += route.route or ""
    name = re.sub(r"_?view$", "", view.lower())
    return name in PROBE_VIEWS or any(word in path.lower() for word in PROBES)


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
            elif _opens_cursor(module, node) and not _only_probes(module, node):
                yield (
                    node,
                    f"view {route} opens a database cursor itself; move the SQL "
                    "into a service or selector function",
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
            and node.attr in MANAGERS
            and isinstance(node.value, ast.Name)
            and node.value.id[:1].isupper()
        ):
            yield (
                node,
                f"view {route} queries `{node.value.id}.{node.attr}` directly; "
                "call a service or selector function instead",
            )


def _opens_cursor(module: Module, call: ast.Call) -> bool:
    """`connection.cursor()` or `connections[alias].cursor()` of `django.db`."""
    func = call.func
    if not isinstance(func, ast.Attribute) or func.attr != "cursor":
        return False
    owner = func.value
    if isinstance(owner, ast.Subscript):
        owner = owner.value
    return module.qualified_name(owner) in DJANGO_CONNECTIONS


def _only_probes(module: Module, cursor: ast.Call) -> bool:
    """Whether the `with ... cursor() as c:` block that `cursor` opens runs nothing
    but `c.execute("SELECT 1")`."""
    item = module.parent(cursor)
    block = module.parent(item) if isinstance(item, ast.withitem) else None
    if not isinstance(item, ast.withitem) or not isinstance(block, ast.With):
        return False
    executed = [
        node
        for node in ast.walk(block)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"execute", "executemany"}
    ]
    return bool(executed) and all(
        node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
        and PROBE_SQL.fullmatch(node.args[0].value) is not None
        for node in executed
    )
