"""AP-PY07: core code that fetches its own database, HTTP client or clock.

Core code is every function of a `service.py`, `services.py`, `use_cases.py` or
`domain.py` module, and the methods of a class named `...Service` or `...UseCase` in
any module; routes and dependency providers are the edge and may create these things.
Inside core code it matches:

- a module-level name bound to a session factory, engine or client
  (`SessionLocal = sessionmaker(...)`, `engine = create_engine(...)`,
  `client = httpx.Client(...)`, `requests.Session()`, `boto3.client(...)`, a Redis
  client) used in the function;
- a session factory, engine or client built in the function itself, or a one-off
  request through `httpx` or `requests` (`httpx.get(...)`);
- a clock read: an aware `datetime.now(tz)`, `datetime.utcnow()`, `date.today()`,
  `datetime.today()` and `time.time()`. A naive `datetime.now()` is left to DTZ005,
  which AP-PY02 declares.

Misses: factories and clients imported from another module (`from app.db import
SessionLocal`), which need the import graph; core code under module or class names
that do not say so; `uuid4()` and `random` in core code; and a clock read that only
feeds a log line, which the rule allows but which looks the same. Not reported: a
`time.time()` that is subtracted or stored as a start time (a duration), functions
of a service module named `get_...`, `provide_...`, `make_...`, `create_...` or
`build_...` (dependency providers and factories), and names the function binds
itself.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import Function, walk_body
from rulebook.check.detectors._web import is_route
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "AP-PY07"
NAME = "implicit-dependency"

CORE_ROLES = frozenset({Role.SERVICE, Role.DOMAIN})
CORE_STEMS = frozenset({"use_cases"})
CORE_CLASS_SUFFIXES = ("Service", "UseCase")
PROVIDER_PREFIXES = ("get_", "provide_", "make_", "create_", "build_")
"""Functions of a service module that build things: dependency providers, factories."""
FACTORIES = frozenset(
    {
        "sqlalchemy.create_engine",
        "sqlalchemy.ext.asyncio.create_async_engine",
        "sqlalchemy.orm.sessionmaker",
        "sqlalchemy.orm.scoped_session",
        "sqlalchemy.ext.asyncio.async_sessionmaker",
        "sqlalchemy.ext.asyncio.async_scoped_session",
        "sqlmodel.create_engine",
        "httpx.Client",
        "httpx.AsyncClient",
        "requests.Session",
        "requests.session",
        "aiohttp.ClientSession",
        "boto3.client",
        "boto3.resource",
        "boto3.session.Session",
        "redis.Redis",
        "redis.StrictRedis",
        "redis.from_url",
        "redis.Redis.from_url",
        "redis.asyncio.Redis",
        "redis.asyncio.from_url",
    }
)
"""Calls that create a database engine or session factory, or an outbound client."""
ONE_OFF_REQUESTS = frozenset(
    f"{package}.{verb}"
    for package in ("httpx", "requests")
    for verb in ("get", "post", "put", "patch", "delete", "head", "options", "request")
)
CLOCK_READS = frozenset(
    {
        "datetime.datetime.utcnow",
        "datetime.datetime.today",
        "datetime.date.today",
        "time.time",
        "time.time_ns",
    }
)
TIMERS = frozenset({"time.time", "time.time_ns"})


def detect(module: Module) -> Iterator[Hit]:
    """Report hidden dependencies fetched from inside core functions."""
    globals_ = _module_dependencies(module)
    for function in module.nodes(ast.FunctionDef, ast.AsyncFunctionDef):
        if not _is_core(module, function) or is_route(module, function):
            continue
        seen: set[int] = set()
        used = _local_names(function)
        for node in walk_body(function):
            message = _hidden(module, node, globals_, used)
            line = int(getattr(node, "lineno", 0))
            if message and line not in seen:
                seen.add(line)
                yield Hit.at(node, f"`{function.name}` {message}")


def _is_core(module: Module, function: Function) -> bool:
    if module.role in CORE_ROLES or module.path.stem in CORE_STEMS:
        return module.enclosing_function(function) is None and not (
            function.name.startswith(PROVIDER_PREFIXES)
        )
    owner = module.parent(function)
    return isinstance(owner, ast.ClassDef) and owner.name.endswith(CORE_CLASS_SUFFIXES)


def _module_dependencies(module: Module) -> dict[str, str]:
    """Module-level names bound to a factory or client call -> the factory."""
    found: dict[str, str] = {}
    for statement in module.tree.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        if isinstance(value, ast.Call):
            name = module.qualified_name(value.func)
            if name in FACTORIES:
                for target in targets:
                    if isinstance(target, ast.Name):
                        found[target.id] = name
    return found


def _hidden(
    module: Module, node: ast.AST, globals_: dict[str, str], used: set[str]
) -> str | None:
    if (
        isinstance(node, ast.Name)
        and isinstance(node.ctx, ast.Load)
        and node.id in globals_
        and node.id not in used
    ):
        used.add(node.id)
        factory = globals_[node.id].rsplit(".", 1)[-1]
        return (
            f"uses the module-level `{node.id}` (a `{factory}(...)`); take the "
            "session or client as a constructor or function argument"
        )
    if isinstance(node, ast.Call):
        return _hidden_call(module, node)
    return None


def _hidden_call(module: Module, node: ast.Call) -> str | None:
    name = module.qualified_name(node.func) or ""
    if name in FACTORIES:
        return (
            f"builds its own `{name}(...)`; receive it from the composition root "
            "instead"
        )
    if name in ONE_OFF_REQUESTS:
        return (
            f"sends a request with `{name}(...)`; call an injected client so "
            "tests can replace it"
        )
    clock = name in CLOCK_READS or (name == "datetime.datetime.now" and _aware(node))
    if clock and not (name in TIMERS and _measures_duration(module, node)):
        return (
            f"reads the system clock with `{name.rsplit('.', 1)[-1]}()`; take a "
            "clock (or the time) as an argument"
        )
    return None


def _measures_duration(module: Module, call: ast.Call) -> bool:
    """`time.time() - started`, or `started = time.time()`: a duration, not a time."""
    parent = module.parent(call)
    if isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Sub):
        return True
    return isinstance(parent, ast.Assign) and any(
        isinstance(target, ast.Name)
        and any(word in target.id.lower() for word in ("start", "begin", "t0"))
        for target in parent.targets
    )


def _local_names(function: Function) -> set[str]:
    """Parameters and names the function assigns: they shadow module names."""
    arguments = function.args
    names = {
        a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)
    }
    names.update(
        node.id
        for node in walk_body(function)
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store)
    )
    return names


def _aware(call: ast.Call) -> bool:
    values = [*call.args, *(k.value for k in call.keywords)]
    return bool(values) and not all(
        isinstance(v, ast.Constant) and v.value is None for v in values
    )
