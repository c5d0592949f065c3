"""Shared recognisers for detectors: HTTP routes and views, ORM sessions, queries.

Helpers only: no detector lives here (the leading `_` keeps discovery away). A
FastAPI route carries its path and method on its decorator; a Django view gets its
path from a `path(...)` entry of `urlpatterns` (or a DRF router's `register(...)`),
which `url_routes` reads.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

from rulebook.check.module import FUNCTIONS, Module, Role, decorator_names

ROUTE_METHODS = frozenset(
    {"get", "post", "put", "patch", "delete", "head", "options", "api_route", "route"}
)
"""Decorator attributes that register a FastAPI (or Starlette/Flask-style) route."""
NOT_ROUTERS = ("unittest.mock.", "mock.", "pytest.")
"""Packages whose `get`/`patch` decorators are no routes: `@mock.patch("x")`."""
DJANGO_VIEW_BASES = frozenset(
    {
        "django.views.View",
        "django.views.generic.View",
        "rest_framework.views.APIView",
        "rest_framework.viewsets.ViewSet",
        "rest_framework.viewsets.ModelViewSet",
        "rest_framework.viewsets.GenericViewSet",
        "rest_framework.generics.GenericAPIView",
    }
)
HTTP_HANDLER_METHODS = frozenset(
    {
        "get",
        "post",
        "put",
        "patch",
        "delete",
        "list",
        "create",
        "retrieve",
        "update",
        "partial_update",
        "destroy",
    }
)
VIEW_DECORATORS = frozenset(
    {
        "django.views.decorators.http.require_GET",
        "django.views.decorators.http.require_POST",
        "django.views.decorators.http.require_safe",
        "django.views.decorators.http.require_http_methods",
        "rest_framework.decorators.api_view",
    }
)
"""Decorators that only make sense on a Django or DRF function view."""
URL_FUNCTIONS = frozenset(
    {
        "django.urls.path",
        "django.urls.re_path",
        "django.urls.conf.path",
        "django.urls.conf.re_path",
        "django.conf.urls.url",
    }
)
"""Calls that map a URL to a view in `urlpatterns`."""
URL_CALLS = frozenset({"path", "re_path", "url", "register"})
"""The last part of those calls' names, and of a router's `register`."""
ROUTER_CLASSES = frozenset(
    {
        "rest_framework.routers.DefaultRouter",
        "rest_framework.routers.SimpleRouter",
    }
)
SESSION_TYPES = frozenset(
    {
        "sqlalchemy.orm.Session",
        "sqlalchemy.orm.session.Session",
        "sqlalchemy.ext.asyncio.AsyncSession",
        "sqlalchemy.orm.scoped_session",
    }
)


def is_route(module: Module, function: ast.AST) -> bool:
    """Whether a function is an HTTP endpoint.

    FastAPI: decorated with `<app or router>.get(...)` and its siblings (not
    `mock.patch(...)`). DRF: decorated with `rest_framework.decorators.api_view`.
    Django: a function decorated `require_GET`, `require_POST`, `require_safe` or
    `require_http_methods`, a module-level function the module's `urlpatterns` route
    to, and a handler method (`get`, `post`, ..., a viewset's `list`, `create`,
    `destroy`, ...) of a class-based view whose base is a Django or DRF view or that
    the module's `urlpatterns` route to.
    """
    if not isinstance(function, FUNCTIONS):
        return False
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if (
            isinstance(target, ast.Attribute)
            and target.attr in ROUTE_METHODS
            and not (module.qualified_name(target) or "").startswith(NOT_ROUTERS)
        ):
            return True
    if VIEW_DECORATORS.intersection(decorator_names(module, function)):
        return True
    owner = module.parent(function)
    if isinstance(owner, ast.Module):
        route = url_views(module).get(function.name)
        return route is not None and not route.is_class
    return (
        isinstance(owner, ast.ClassDef)
        and function.name in HTTP_HANDLER_METHODS
        and is_django_view(module, owner)
    )


def is_django_view(module: Module, node: ast.ClassDef) -> bool:
    """Whether a class is a Django or DRF view: by its written bases, or because the
    module's `urlpatterns` route to it (`path("x", Health.as_view())`)."""
    for base in node.bases:
        name = module.qualified_name(base)
        if name in DJANGO_VIEW_BASES or (name or "").endswith(("View", "ViewSet")):
            return True
    route = url_views(module).get(node.name)
    return route is not None and route.is_class


def is_view(module: Module, function: ast.AST) -> bool:
    """Whether a function is an HTTP endpoint, Django function views included.

    `is_route`, plus a module-level function whose first parameter is `request` in
    a module with the routes role (`views.py`), where the `urls.py` that routes to it
    is another file.
    """
    if is_route(module, function):
        return True
    if not isinstance(function, FUNCTIONS):
        return False
    arguments = function.args.posonlyargs + function.args.args
    return (
        module.role is Role.ROUTES
        and isinstance(module.parent(function), ast.Module)
        and bool(arguments)
        and arguments[0].arg == "request"
    )


@dataclass(frozen=True)
class UrlRoute:
    """One Django URL entry: `path("orders/<int:pk>", views.order)` or a DRF
    router's `router.register("orders", OrderViewSet)`."""

    call: ast.Call
    route: str | None
    """The literal route, `/`-separated, without a regex's `^` and `$`."""
    view: str | None
    """The view's name as its definition spells it: `order` for `views.order`,
    `OrderDetail` for `OrderDetail.as_view()`."""
    is_class: bool
    """Whether the view is a class (`.as_view()`, a router's viewset)."""


def url_routes(module: Module) -> list[UrlRoute]:
    """The module's Django URL entries, in source order (computed once per module).

    A call of `django.urls.path`/`re_path` (or the old `url`), wherever it is
    written, and `register(prefix, ViewSet)` on a name bound to a DRF router.
    """
    cached: list[UrlRoute] | None = getattr(module, "_rulebook_urls", None)
    if cached is not None:
        return cached
    found: list[UrlRoute] = []
    if speaks_django(module):
        routers = _router_names(module)
        local = {name for name, full in module.imports.items() if full in URL_FUNCTIONS}
        for call in module.nodes(ast.Call):
            func = call.func
            if not (
                (isinstance(func, ast.Name) and func.id in local)
                or (isinstance(func, ast.Attribute) and func.attr in URL_CALLS)
            ):
                continue
            name = module.qualified_name(func)
            if name in URL_FUNCTIONS:
                regex = not name.endswith(".path")
                found.append(_url_route(call, regex))
            elif (
                isinstance(call.func, ast.Attribute)
                and call.func.attr == "register"
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id in routers
                and len(call.args) >= 2
            ):
                prefix = _literal(call.args[0])
                found.append(UrlRoute(call, prefix, _last_name(call.args[1]), True))
    module._rulebook_urls = found  # type: ignore[attr-defined]
    return found


def url_views(module: Module) -> dict[str, UrlRoute]:
    """Each view the module's URL entries name, with its first entry (computed once
    per module)."""
    cached: dict[str, UrlRoute] | None = getattr(module, "_rulebook_views", None)
    if cached is not None:
        return cached
    views: dict[str, UrlRoute] = {}
    for route in url_routes(module):
        if route.view is not None:
            views.setdefault(route.view, route)
    module._rulebook_views = views  # type: ignore[attr-defined]
    return views


def speaks_django(module: Module) -> bool:
    """Whether the module imports Django or DRF (cheap; guards the Django checks)."""
    return any(
        name.split(".")[0] in {"django", "rest_framework"}
        for name in module.imports.values()
    )


def _router_names(module: Module) -> set[str]:
    return {
        target.id
        for assign in module.nodes(ast.Assign)
        if isinstance(assign.value, ast.Call)
        and module.qualified_name(assign.value.func) in ROUTER_CLASSES
        for target in assign.targets
        if isinstance(target, ast.Name)
    }


_REGEX_ANCHORS = re.compile(r"^\^|\$$")


def _url_route(call: ast.Call, regex: bool) -> UrlRoute:
    given = {item.arg: item.value for item in call.keywords if item.arg}
    route = _literal(call.args[0] if call.args else given.get("route"))
    if route is not None and regex:
        route = _REGEX_ANCHORS.sub("", route)
    view = call.args[1] if len(call.args) > 1 else given.get("view")
    is_class = (
        isinstance(view, ast.Call)
        and isinstance(view.func, ast.Attribute)
        and view.func.attr == "as_view"
    )
    if is_class:
        assert isinstance(view, ast.Call)  # noqa: S101 - checked above
        assert isinstance(view.func, ast.Attribute)  # noqa: S101 - checked above
        view = view.func.value
    return UrlRoute(call, route, _last_name(view), is_class)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _last_name(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def routes(module: Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Every HTTP endpoint function in the module, in source order."""
    return [
        function
        for function in module.nodes(ast.FunctionDef, ast.AsyncFunctionDef)
        if is_route(module, function)
    ]


def annotation_names(module: Module, annotation: ast.expr | None) -> set[str]:
    """Qualified names mentioned in an annotation, looking inside `Annotated[...]`,
    unions, `Optional[...]` and string annotations."""
    if annotation is None:
        return set()
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return set()
    names: set[str] = set()
    for node in ast.walk(annotation):
        if isinstance(node, ast.Name | ast.Attribute):
            name = module.qualified_name(node)
            if name:
                names.add(name)
    return names


STARTUP_EVENTS = frozenset({"startup"})
"""`on_event(...)` names whose handlers run while an ASGI app starts."""


def startup_functions(module: Module) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Functions of the module that run while an app starts, in source order.

    A function passed by name as `lifespan=` or listed in `on_startup=[...]` of any
    call (`FastAPI(lifespan=lifespan)`, `Starlette(on_startup=[...])`), a function
    decorated `@<app or router>.on_event("startup")`, and the `ready()` method of a
    Django `AppConfig` subclass.
    """
    names: set[str] = set()
    for call in module.nodes(ast.Call):
        for item in call.keywords:
            if item.arg == "lifespan" and isinstance(item.value, ast.Name):
                names.add(item.value.id)
            elif item.arg == "on_startup" and isinstance(
                item.value, ast.List | ast.Tuple
            ):
                names.update(
                    element.id
                    for element in item.value.elts
                    if isinstance(element, ast.Name)
                )
    found: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
    functions: list[ast.FunctionDef | ast.AsyncFunctionDef] = [
        *module.nodes(ast.FunctionDef),
        *module.nodes(ast.AsyncFunctionDef),
    ]
    for function in sorted(functions, key=lambda node: node.lineno):
        owner = module.parent(function)
        named = isinstance(owner, ast.Module) and function.name in names
        if named or _is_startup_handler(function) or _is_app_ready(module, function):
            found.append(function)
    return found


def _is_app_ready(
    module: Module, function: ast.FunctionDef | ast.AsyncFunctionDef
) -> bool:
    """Whether a function is the `ready()` method of a Django `AppConfig`."""
    owner = module.parent(function)
    return (
        function.name == "ready"
        and isinstance(owner, ast.ClassDef)
        and any(
            (module.qualified_name(base) or "").endswith("AppConfig")
            for base in owner.bases
        )
    )


def _is_startup_handler(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    for decorator in function.decorator_list:
        if (
            isinstance(decorator, ast.Call)
            and isinstance(decorator.func, ast.Attribute)
            and decorator.func.attr == "on_event"
            and decorator.args
            and isinstance(decorator.args[0], ast.Constant)
            and decorator.args[0].value in STARTUP_EVENTS
        ):
            return True
    return False
