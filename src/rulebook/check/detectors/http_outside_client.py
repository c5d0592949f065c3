"""ARCH-11: an outbound HTTP call made outside a client class.

Matches, in a function that is not a method of a wrapper class:

- a request method (`get`, `post`, `put`, `patch`, `delete`, `head`, `options`,
  `request`, `stream`, `send`) on an `httpx.Client`, `httpx.AsyncClient` or
  `requests.Session` the function takes as a typed parameter: the caller holds the
  raw client and makes the provider's decisions itself;
- in backend code, also the module-level helpers (`httpx.get/post/...`,
  `requests.get/post/...`, `urllib.request.urlopen`) and requests on a client the
  function opens itself. Backend code is a routes, service, domain or repository
  module, a module importing a web framework or ORM (FastAPI, Starlette, Django,
  DRF, Flask, Litestar, SQLAlchemy, SQLModel, Celery), or a route anywhere.

Methods of any class pass as the wrapper's own, except classes named `...Service`,
`...Repository` or `...UseCase`. Test functions, test modules, migrations, modules
named as the wrapper (`*client*`, `*gateway*`, `*adapter*`), and clients opened
over `httpx.ASGITransport`, `WSGITransport` or `MockTransport` (the app's own
endpoints or a test double) pass too. Tools and libraries that download a file are
not backend code and are not reported.

Misses: clients held in untyped variables or reached through attributes
(`deps.http.post(...)`), other HTTP libraries (aiohttp, urllib3), a wrapper class
that returns `httpx.Response` or raw JSON to its callers, and a status code nobody
checks.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    CORE_CLASS_SUFFIXES,
    Function,
    functions,
    keyword,
    parameters,
    type_name,
    unwrap,
    walk_body,
)
from rulebook.check.detectors._web import is_route
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "ARCH-11"
NAME = "http-outside-client"

VERBS = ("get", "post", "put", "patch", "delete", "head", "options", "request")
HELPERS = frozenset(
    {f"httpx.{verb}" for verb in (*VERBS, "stream")}
    | {f"requests.{verb}" for verb in VERBS}
    | {f"requests.api.{verb}" for verb in VERBS}
    | {"urllib.request.urlopen"}
)
CLIENT_TYPES = frozenset(
    {
        "httpx.Client",
        "httpx.AsyncClient",
        "requests.Session",
        "requests.sessions.Session",
    }
)
LOCAL_TRANSPORTS = frozenset(
    {"httpx.ASGITransport", "httpx.WSGITransport", "httpx.MockTransport"}
)
"""Transports that never leave the process: the app itself, or a test double."""
CLIENT_METHODS = frozenset({*VERBS, "stream", "send"})
WRAPPER_WORDS = ("client", "gateway", "adapter")
SKIPPED_ROLES = frozenset({Role.TESTS, Role.MIGRATION})
BACKEND_ROLES = frozenset({Role.ROUTES, Role.SERVICE, Role.DOMAIN, Role.REPOSITORY})
BACKENDS = frozenset(
    {
        "fastapi",
        "starlette",
        "django",
        "rest_framework",
        "flask",
        "litestar",
        "sqlalchemy",
        "sqlmodel",
        "celery",
    }
)
"""Imports that say a module belongs to a backend service, not a tool or library."""


def detect(module: Module) -> Iterator[Hit]:
    """Report raw HTTP calls in functions that are not a client class's methods."""
    if module.role in SKIPPED_ROLES or any(
        word in module.path.stem.lower() for word in WRAPPER_WORDS
    ):
        return
    imported = {name.split(".")[0] for name in module.imports.values()}
    if not imported & {"httpx", "requests", "urllib"}:
        return
    backend_module = module.role in BACKEND_ROLES or bool(imported & BACKENDS)
    for function in functions(module):
        if function.name.startswith("test"):
            continue
        owner = module.enclosing_class(function)
        if owner is not None and not owner.name.endswith(CORE_CLASS_SUFFIXES):
            continue  # the wrapper's own methods
        backend = backend_module or is_route(module, function)
        given, opened = _clients(module, function)
        for node in walk_body(function):
            if not isinstance(node, ast.Call):
                continue
            name = module.qualified_name(node.func)
            if name in HELPERS and backend:
                yield Hit.at(
                    node,
                    f"`{function.name}` calls `{name}` directly; put the provider's "
                    "URL, auth, timeouts and status handling in one client class",
                )
            elif (
                isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.attr in CLIENT_METHODS
                and (
                    node.func.value.id in given
                    or (backend and node.func.value.id in opened)
                )
            ):
                yield Hit.at(
                    node,
                    f"`{function.name}` sends `{node.func.value.id}.{node.func.attr}()`"
                    " itself; call a client class that owns the provider's URL, "
                    "auth, timeouts and status codes and returns typed results",
                )


def _clients(module: Module, function: Function) -> tuple[set[str], set[str]]:
    """Clients the function was given as typed parameters, and clients it opens."""
    given = {
        argument.arg
        for argument in parameters(function)
        if type_name(module, unwrap(module, argument.annotation)) in CLIENT_TYPES
    }
    opened: set[str] = set()
    for node in walk_body(function):
        if isinstance(node, ast.withitem) and _opens_client(module, node.context_expr):
            if isinstance(node.optional_vars, ast.Name):
                opened.add(node.optional_vars.id)
        elif isinstance(node, ast.Assign) and _opens_client(module, node.value):
            opened.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return given, opened - _local_clients(module, function)


def _opens_client(module: Module, node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and module.qualified_name(node.func) in (
        CLIENT_TYPES
    )


def _local_clients(module: Module, function: Function) -> set[str]:
    """Clients the function opens over an in-process app or a mock transport."""
    transports: set[str] = set()
    local: set[str] = set()
    body = list(walk_body(function))
    for node in body:
        if isinstance(node, ast.Assign) and _is_local_transport(module, node.value):
            transports.update(t.id for t in node.targets if isinstance(t, ast.Name))
    for node in body:
        call, target = None, None
        if isinstance(node, ast.withitem):
            call, target = node.context_expr, node.optional_vars
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            call, target = node.value, node.targets[0]
        if not (
            isinstance(call, ast.Call)
            and isinstance(target, ast.Name)
            and _opens_client(module, call)
        ):
            continue
        transport = keyword(call, "transport") or keyword(call, "app")
        if _is_local_transport(module, transport) or (
            isinstance(transport, ast.Name) and transport.id in transports
        ):
            local.add(target.id)
    return local


def _is_local_transport(module: Module, node: ast.AST | None) -> bool:
    return isinstance(node, ast.Call) and module.qualified_name(node.func) in (
        LOCAL_TRANSPORTS
    )
