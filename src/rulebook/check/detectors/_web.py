"""Shared recognisers for detectors: HTTP routes and views, ORM sessions, queries.

Helpers only: no detector lives here (the leading `_` keeps discovery away).
"""

from __future__ import annotations

import ast

from rulebook.check.module import FUNCTIONS, Module, decorator_names

ROUTE_METHODS = frozenset(
    {"get", "post", "put", "patch", "delete", "head", "options", "api_route", "route"}
)
"""Decorator attributes that register a FastAPI (or Starlette/Flask-style) route."""
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
    {"get", "post", "put", "patch", "delete", "list", "create", "retrieve", "update"}
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

    FastAPI: decorated with `<app or router>.get(...)` and its siblings. DRF: decorated
    with `rest_framework.decorators.api_view`. Django: a handler method (`get`,
    `post`, ...) of a class-based view whose base is a Django or DRF view.
    """
    if not isinstance(function, FUNCTIONS):
        return False
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr in ROUTE_METHODS:
            return True
    if "rest_framework.decorators.api_view" in decorator_names(module, function):
        return True
    owner = module.parent(function)
    return (
        isinstance(owner, ast.ClassDef)
        and function.name in HTTP_HANDLER_METHODS
        and is_django_view(module, owner)
    )


def is_django_view(module: Module, node: ast.ClassDef) -> bool:
    """Whether a class derives from a Django or DRF view (by its written bases)."""
    for base in node.bases:
        name = module.qualified_name(base)
        if name in DJANGO_VIEW_BASES or (name or "").endswith(("View", "ViewSet")):
            return True
    return False


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
