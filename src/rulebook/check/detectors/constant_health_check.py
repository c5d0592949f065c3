"""OPS-02: a health route that answers a constant without checking anything.

Matches a route (`@app.get("/health")`, `@router.api_route(...)`: a decorator named
`get`, `head`, `api_route` or `route`) whose literal path is a readiness probe
(`/health`, `/healthz`, `/ready`, `/readyz`, `/readiness`, `/health/ready`, `/status`),
and whose body, apart from a docstring, only returns a constant: a literal, a dict or
list of literals, or a response class built from literals
(`JSONResponse({"status": "ok"})`). A `pass` body, which FastAPI answers with `null`
and 200, counts too. Reported at the `return`.

Liveness probes (`/live`, `/livez`, `/health/live`, `/ping`) are left alone: the page
allows them to check only the process.

It also reports an application with no health route at all, at its `FastAPI(...)`
call: a project whose folder is a git work tree's root (it holds `.git`), whose
modules create a FastAPI app and declare routes, none of them a readiness or liveness
path. A single example or a sub-project is not asked for one.

Django: a view that a `path(...)` (or `re_path(...)`) entry of any module of the
project routes a readiness path to (`path("health/", views.health)`,
`path("ready", ReadyView.as_view())`) is the health handler: the function of that
name, or the `get` (or `head`) method of the class of that name, in any module of
the project (matched by name, so a same-named function elsewhere is read too).
Its body is read as above; `JsonResponse` and `HttpResponse` built from literals count
as constants.

Misses: routes whose path is not a literal, a health path split between an
`include()` prefix and the included route (`path("health/", include(...))` around
`path("", view)`), handlers that call something irrelevant
(`time.time()`) before answering a constant, and a Django project with no health
path at all (only a FastAPI app is asked for one).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors import Project, ProjectHit
from rulebook.check.detectors._layers import route_path
from rulebook.check.detectors._web import ROUTE_METHODS, url_routes
from rulebook.check.finding import Hit
from rulebook.check.module import FUNCTIONS, Module

RULE_ID = "OPS-02"
NAME = "constant-health-check"

PROBE_METHODS = frozenset({"get", "head", "api_route", "route"})
READINESS = frozenset(
    {
        "/health",
        "/healthz",
        "/ready",
        "/readyz",
        "/readiness",
        "/health/ready",
        "/health/readiness",
        "/status",
    }
)
LIVENESS = frozenset({"/live", "/livez", "/health/live", "/health/liveness", "/ping"})
FASTAPI_APPS = frozenset({"fastapi.FastAPI", "fastapi.applications.FastAPI"})
MISSING = (
    "the application has no health route: an orchestrator cannot tell a stuck "
    "instance from a healthy one; add GET /health that checks the database"
)
RESPONSES = frozenset(
    {
        "JSONResponse",
        "PlainTextResponse",
        "Response",
        "ORJSONResponse",
        "dict",
        "JsonResponse",
        "HttpResponse",
    }
)


def detect_project(project: Project) -> Iterator[ProjectHit]:
    """Report constant health handlers, and a repository's app with no health route."""
    probes = 0
    django = _django_probes(project)
    for module in project.modules:
        for hit in _constant_handlers(module, django):
            yield ProjectHit(module.path, hit.line, hit.column, hit.message)
        probes += sum(1 for f in module.nodes(*FUNCTIONS) if _any_probe(f))
    if probes or not (project.root / ".git").exists():
        return
    for module in project.modules:
        app = next(
            (
                call
                for call in module.nodes(ast.Call)
                if module.qualified_name(call.func) in FASTAPI_APPS
            ),
            None,
        )
        routed = any(_route_path(f) is not None for f in module.nodes(*FUNCTIONS))
        if app is not None and routed:
            hit = Hit.at(app, MISSING)
            yield ProjectHit(module.path, hit.line, hit.column, hit.message)
            return


def _django_probes(project: Project) -> dict[str, tuple[str, bool]]:
    """View name -> (readiness path, whether the view is a class), from the URL
    entries of every module of the project."""
    found: dict[str, tuple[str, bool]] = {}
    for module in project.modules:
        for route in url_routes(module):
            if route.view is None or route.route is None:
                continue
            if "/" + route.route.strip("/").lower() in READINESS:
                found.setdefault(route.view, (route.route, route.is_class))
    return found


def _django_path(
    module: Module,
    function: ast.FunctionDef | ast.AsyncFunctionDef,
    django: dict[str, tuple[str, bool]],
) -> str | None:
    """The readiness path `urlpatterns` route to this Django view, if any."""
    owner = module.parent(function)
    if isinstance(owner, ast.Module):
        name, is_class = function.name, False
    elif isinstance(owner, ast.ClassDef) and function.name in {"get", "head"}:
        name, is_class = owner.name, True
    else:
        return None
    entry = django.get(name)
    if entry is None or entry[1] != is_class:
        return None
    return "/" + entry[0].strip("/")


def _constant_handlers(
    module: Module, django: dict[str, tuple[str, bool]]
) -> Iterator[Hit]:
    """Health handlers that only return a constant."""
    for function in module.nodes(*FUNCTIONS):
        path = _probe_path(function)
        if path is None and django:
            path = _django_path(module, function, django)
        if path is None:
            continue
        body = function.body
        if (
            body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)
        ):
            body = body[1:]
        if len(body) == 1 and (
            isinstance(body[0], ast.Pass)
            or (
                isinstance(body[0], ast.Return)
                and (body[0].value is None or _constant(body[0].value))
            )
        ):
            yield Hit.at(body[0], _message(path))


def _any_probe(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    path = _route_path(function)
    return path is not None and "/" + path.strip("/").lower() in READINESS | LIVENESS


def _route_path(function: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    """The literal path of a route decorator (any HTTP method), if any."""
    return next(_literal_paths(function, ROUTE_METHODS), None)


def _probe_path(function: ast.FunctionDef | ast.AsyncFunctionDef) -> str | None:
    return next(
        (
            path
            for path in _literal_paths(function, PROBE_METHODS)
            if "/" + path.strip("/").lower() in READINESS
        ),
        None,
    )


def _literal_paths(
    function: ast.FunctionDef | ast.AsyncFunctionDef, methods: frozenset[str]
) -> Iterator[str]:
    """The literal paths of the function's route decorators named in `methods`."""
    for decorator in function.decorator_list:
        if (
            isinstance(decorator, ast.Call)
            and isinstance(decorator.func, ast.Attribute)
            and decorator.func.attr in methods
        ):
            path = route_path(decorator)
            if path is not None:
                yield path


def _constant(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Dict):
        return all(key is not None and _constant(key) for key in node.keys) and all(
            _constant(value) for value in node.values
        )
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        return all(_constant(item) for item in node.elts)
    if isinstance(node, ast.Call):
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        return (
            name in RESPONSES
            and all(_constant(arg) for arg in node.args)
            and all(
                item.arg is not None and _constant(item.value) for item in node.keywords
            )
        )
    return False


def _message(path: str) -> str:
    return (
        f"the {path} handler answers a constant without checking any dependency, so "
        "it says healthy while the database is down; run a cheap query and answer 503 "
        "when it fails"
    )
