"""AP-PY10: a sync database or HTTP call that blocks the event loop in `async def`.

ruff's `ASYNC212` (a sync `httpx.Client`) and `ASYNC251` (`time.sleep`), which the
rule declares, report their calls themselves; this check adds what they do not see.
Matches, in the body of an `async def` (not in nested functions):

- a method that talks to the database (`execute`, `scalars`, `scalar`, `get`,
  `get_one`, `query`, `commit`, `flush`, `refresh`, `merge`, `rollback`, ...) called,
  not awaited, on a synchronous SQLAlchemy session: a parameter typed `Session` or
  `scoped_session`, or a name bound by `with Session(engine) as s`, `s = Session(...)`
  or a conventional factory (`with SessionLocal() as s`) in a plain `with`;
- `connect()`, `begin()` or `execute()` on a module-level engine made by
  `sqlalchemy.create_engine(...)`, and the database calls on a connection opened
  from it in the function (`with engine.begin() as conn: conn.execute(...)`);
- the module-level HTTP functions of `requests` (`requests.get`, `requests.post`,
  ...), `httpx` (`httpx.get`, ...) and `urllib.request.urlopen`: ruff's `ASYNC210`
  knows them too, but the rule does not declare it, so `rulebook check` reports them
  here;
- Django's sync ORM, in a module that imports Django: a call, not awaited, that
  runs the query of a manager chain (`Order.objects.get(...)`,
  `Order.objects.filter(...).first()`, `.count()`, `.create()`, `.update()`,
  `.delete()`, `.exists()`, ... on `Model.objects` or `Model._default_manager`),
  `list(...)`, `tuple(...)`, `set(...)`, `sorted(...)`, `len(...)` or `bool(...)`
  of such a chain, and a plain `for` over one. Django refuses these in async code
  (`SynchronousOnlyOperation`); the async API is `aget`, `acount`, `async for`, or
  `sync_to_async` around the work.

Start-up code is left alone (the rule's exception): a lifespan function, an
`on_event("startup")` handler. One finding per line.

Misses: sessions reached through an attribute (`self.session`, `request.state.db`)
or a factory with another name, engines made in another module, blocking calls one
function deeper, sync SDKs and drivers (`psycopg2`, `boto3`), `Path.open()`, and
`open()` or `subprocess` (ruff's `ASYNC230` and `ASYNC22x`). In Django: a queryset
kept in a variable and evaluated later, instance methods (`order.save()`,
`order.delete()`), related managers (`customer.orders.all()`), lazy relationship
reads (`order.customer`), and `connection.cursor()`.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    SESSION_FACTORY_NAMES,
    Function,
    first_per_line,
    parameters,
    type_name,
    unwrap,
    walk_body,
)
from rulebook.check.detectors._web import startup_functions
from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "AP-PY10"
NAME = "blocking-io-in-async"

SYNC_SESSION_TYPES = frozenset(
    {
        "sqlalchemy.orm.Session",
        "sqlalchemy.orm.session.Session",
        "sqlalchemy.orm.scoped_session",
        "sqlalchemy.orm.scoping.scoped_session",
        "sqlmodel.Session",
    }
)
SESSION_IO = frozenset(
    {
        "execute",
        "scalars",
        "scalar",
        "get",
        "get_one",
        "query",
        "commit",
        "flush",
        "refresh",
        "merge",
        "rollback",
        "connection",
        "exec",
    }
)
"""Session methods that reach the database (`exec` is SQLModel's `execute`)."""
ENGINE_FACTORIES = frozenset({"sqlalchemy.create_engine", "sqlmodel.create_engine"})
ENGINE_IO = frozenset({"connect", "begin", "execute"})
CONNECTION_IO = frozenset(
    {"execute", "scalars", "scalar", "exec_driver_sql", "commit", "rollback"}
)
MANAGERS = frozenset({"objects", "_default_manager", "_base_manager"})
"""Attributes of a Django model class that hold its manager."""
QUERYSET_RUNS = frozenset(
    {
        "get",
        "first",
        "last",
        "earliest",
        "latest",
        "count",
        "exists",
        "contains",
        "aggregate",
        "in_bulk",
        "iterator",
        "explain",
        "create",
        "get_or_create",
        "update_or_create",
        "bulk_create",
        "bulk_update",
        "update",
        "delete",
    }
)
"""Queryset and manager methods that run a query (each has an `a...` twin)."""
QUERYSET_BUILDERS = frozenset(
    {
        "all",
        "filter",
        "exclude",
        "order_by",
        "select_related",
        "prefetch_related",
        "annotate",
        "alias",
        "values",
        "values_list",
        "only",
        "defer",
        "using",
        "distinct",
        "reverse",
        "select_for_update",
        "raw",
        "extra",
    }
)
"""Queryset methods that return a new queryset without running it."""
QUERYSET_EVALUATORS = frozenset({"list", "len", "bool", "tuple", "set", "sorted"})
"""Builtins that evaluate a queryset they are given."""
HTTP_FUNCTIONS = frozenset(
    {
        *(
            f"{package}.{verb}"
            for package in ("requests", "httpx")
            for verb in ("get", "post", "put", "patch", "delete", "head", "options")
        ),
        "requests.request",
        "httpx.request",
        "httpx.stream",
        "urllib.request.urlopen",
    }
)


def detect(module: Module) -> Iterator[Hit]:
    """Report each line of an `async def` that makes a blocking DB or HTTP call."""
    functions = module.nodes(ast.AsyncFunctionDef)
    if not functions or not _may_block(module):
        return
    startup = {id(function) for function in startup_functions(module)}
    engines = _engines(module)
    for function in functions:
        if id(function) in startup:
            continue
        found = list(_blocking(module, function, engines))
        for node, message in first_per_line(found):
            yield Hit.at(node, message)


def _may_block(module: Module) -> bool:
    """Whether the module can reach a sync session, engine or HTTP function at all.

    A cheap test on the imports and the text, so the many async modules that touch
    none of them are not walked.
    """
    roots = {name.split(".")[0] for name in module.imports.values()}
    return bool(roots & {"sqlalchemy", "requests", "httpx", "urllib", "django"}) or (
        "Session" in module.source
    )


def _engines(module: Module) -> set[str]:
    """Module-level names bound to a synchronous engine."""
    names: set[str] = set()
    for statement in module.tree.body:
        if (
            isinstance(statement, ast.Assign)
            and isinstance(statement.value, ast.Call)
            and module.qualified_name(statement.value.func) in ENGINE_FACTORIES
        ):
            names.update(t.id for t in statement.targets if isinstance(t, ast.Name))
    return names


def _blocking(
    module: Module, function: Function, engines: set[str]
) -> Iterator[tuple[ast.AST, str]]:
    where = f"inside async def `{function.name}`"
    sessions, connections = _sync_handles(module, function, engines)
    django = "django" in {name.split(".")[0] for name in module.imports.values()}
    for node in walk_body(function):
        if django and isinstance(node, ast.For) and _manager_chain(node.iter):
            yield (
                node.iter,
                f"a plain `for` over a queryset runs a sync query {where}; "
                "use `async for`",
            )
            continue
        if not isinstance(node, ast.Call) or isinstance(module.parent(node), ast.Await):
            continue
        if django:
            orm = _django_orm(node)
            if orm is not None:
                yield (
                    node,
                    f"Django's sync ORM `{orm}` blocks the event loop {where} (Django "
                    f"raises SynchronousOnlyOperation); await its async twin "
                    "(`aget`, `acount`, `async for`) or wrap the work in "
                    "`sync_to_async`",
                )
                continue
        name = module.qualified_name(node.func)
        if name in HTTP_FUNCTIONS:
            yield (
                node,
                f"`{name}()` waits for the network and blocks the event loop {where}; "
                "use an async client such as `httpx.AsyncClient`",
            )
            continue
        func = node.func
        if not isinstance(func, ast.Attribute) or not isinstance(func.value, ast.Name):
            continue
        owner, method = func.value.id, func.attr
        if owner in sessions and method in SESSION_IO:
            yield (
                node,
                f"sync Session.{method}() on `{owner}` blocks the event loop {where}; "
                "use an AsyncSession and await it, or run the work in "
                "`asyncio.to_thread`",
            )
        elif owner in engines and owner not in sessions and method in ENGINE_IO:
            yield (
                node,
                f"`{owner}.{method}()` on a sync engine blocks the event loop {where}; "
                "use `create_async_engine` and await it",
            )
        elif owner in connections and method in CONNECTION_IO:
            yield (
                node,
                f"sync Connection.{method}() on `{owner}` blocks the event loop "
                f"{where}; use an async engine and await it",
            )


def _sync_handles(
    module: Module, function: Function, engines: set[str]
) -> tuple[set[str], set[str]]:
    """Names of sync sessions, and of connections opened from a sync engine."""
    sessions = {
        argument.arg
        for argument in parameters(function)
        if type_name(module, unwrap(module, argument.annotation)) in SYNC_SESSION_TYPES
    }
    connections: set[str] = set()
    for node in walk_body(function):
        if isinstance(node, ast.With):
            for item in node.items:
                if not isinstance(item.optional_vars, ast.Name):
                    continue
                if _opens_session(module, item.context_expr):
                    sessions.add(item.optional_vars.id)
                elif _opens_connection(item.context_expr, engines):
                    connections.add(item.optional_vars.id)
        elif isinstance(node, ast.Assign) and _opens_session(module, node.value):
            sessions.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif (
            isinstance(node, ast.AnnAssign)
            and isinstance(node.target, ast.Name)
            and type_name(module, unwrap(module, node.annotation)) in SYNC_SESSION_TYPES
        ):
            sessions.add(node.target.id)
    return sessions, connections


def _opens_session(module: Module, node: ast.AST | None) -> bool:
    """`Session(engine)` or a sync factory call (`SessionLocal()`), not awaited."""
    if not isinstance(node, ast.Call):
        return False
    name = module.qualified_name(node.func) or ""
    if name in SYNC_SESSION_TYPES:
        return True
    last = name.split(".")[-1]
    return last in SESSION_FACTORY_NAMES and "async" not in last.lower()


def _opens_connection(node: ast.AST, engines: set[str]) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in {"connect", "begin"}
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id in engines
    )


def _django_orm(call: ast.Call) -> str | None:
    """How a call runs a Django query synchronously (`.get()`, `list()`), or None."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in QUERYSET_RUNS:
        if _manager_chain(func.value):
            return f".{func.attr}()"
    elif (
        isinstance(func, ast.Name)
        and func.id in QUERYSET_EVALUATORS
        and len(call.args) == 1
        and _manager_chain(call.args[0])
    ):
        return f"{func.id}(...)"
    return None


def _manager_chain(node: ast.expr) -> bool:
    """`Model.objects`, alone or followed by calls that build a queryset
    (`.filter(...)`), the model a capitalised name."""
    while isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr not in QUERYSET_BUILDERS:
            return False
        node = node.func.value
    return (
        isinstance(node, ast.Attribute)
        and node.attr in MANAGERS
        and isinstance(node.value, ast.Name)
        and node.value.id[:1].isupper()
    )
