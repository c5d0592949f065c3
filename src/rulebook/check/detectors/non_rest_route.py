"""API-04: a route whose path, method or status code says the wrong thing.

Matches, on FastAPI route declarations:

- a verb in a literal path segment: `/getOrders`, `/create-user`, `/add_item`, or a
  segment that is only a change verb (`/orders/{order_id}/delete`). For a `GET`
  route whose verb changes state (`@app.get("/deleteOrderItem")`) the message says
  that a GET must be safe;
- a `POST` route named `create_...` or `add_...` on a collection path (its last
  segment a plural noun: `/orders`, `/orders/{order_id}/items`) declared without
  `status_code=201` (FastAPI then answers `200`);
- a route that returns a dict literal carrying an error with the default status:
  an `"error"` or `"errors"` key, or `"ok"`/`"success"` set to `False`, unless
  the route sets `response.status_code` itself.

Verbs recognised at the start of a segment: get, list, fetch, retrieve, create, add,
insert, save, update, edit, modify, set, delete, remove, destroy. Searches
(`/orders/search`) and actions named as nouns (`/cancellation`) pass, as the rule's
exceptions allow.

Django and DRF: the same verb check runs on the literal route of every DRF router
prefix (`router.register("getOrders", ...)`) and of every `path(...)`/`re_path(...)`
entry that routes to an API view, reported at that entry. An API view is a function
of the module decorated `@api_view`, a class of the module deriving from a DRF class
or from a base named `...APIView`, `...ViewSet`, `...Api` or `...API`, or, defined
elsewhere, a view so named or imported from an `api`/`apis` module. Plain Django
views are left alone: pages such as the admin's `<id>/delete/` are HTML forms, where
a verb in the path is Django's own convention. The GET message needs the view in the
same module, whose methods come from `@api_view([...])`,
`require_http_methods([...])`, `require_GET`/`require_POST`/`require_safe`, or a view
class's handler methods. And a view that returns `Response({...})` or
`JsonResponse({...})` carrying an error key, as above, with no `status` (the default
is 200) or a status of 200, is reported at the return. Test modules' views are left
alone.

Misses: a `GET` that changes state under a noun path, `POST` routes that only read,
`PUT` with partial bodies, sub-resources addressed by a global ID, and errors returned
through a response model with status 200; those need a reader. In Django, a create
answered with 200 (the status sits on each `Response`, not on the route) and
`<converter>` or regex segments are not read.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    Function,
    base_name_of,
    functions,
    imported_from,
    keyword,
    local_classes,
    route_decorator,
    route_methods,
    route_path,
    walk_body,
)
from rulebook.check.detectors._web import (
    UrlRoute,
    is_view,
    speaks_django,
    url_routes,
)
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role, decorator_names

RULE_ID = "API-04"
NAME = "non-rest-route"

READ_VERBS = frozenset({"get", "list", "fetch", "retrieve"})
CHANGE_VERBS = frozenset(
    {
        "create",
        "add",
        "insert",
        "save",
        "update",
        "edit",
        "modify",
        "set",
        "delete",
        "remove",
        "destroy",
    }
)
ALONE_VERBS = CHANGE_VERBS - {"set", "save"}
"""Verbs that are a violation even as a whole segment: `/orders/{id}/delete`."""
CREATE_PREFIXES = ("create_", "add_")
ERROR_KEYS = frozenset({"error", "errors"})
FLAG_KEYS = frozenset({"ok", "success"})
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
DJANGO_RESPONSES = frozenset({"Response", "JsonResponse"})
API_VIEW = "rest_framework.decorators.api_view"
API_SUFFIXES = ("APIView", "ViewSet", "Api", "API")
API_MODULES = frozenset({"api", "apis"})
VIEW_METHODS = {
    "get": "get",
    "head": "head",
    "post": "post",
    "put": "put",
    "patch": "patch",
    "delete": "delete",
    "list": "get",
    "retrieve": "get",
    "create": "post",
    "update": "put",
    "partial_update": "patch",
    "destroy": "delete",
}
"""Handler methods of Django views and DRF viewsets, and the HTTP method of each."""
METHOD_LISTS = frozenset(
    {
        "rest_framework.decorators.api_view",
        "django.views.decorators.http.require_http_methods",
    }
)
"""Decorators whose first argument lists a function view's HTTP methods."""
METHOD_DECORATORS = {
    "django.views.decorators.http.require_GET": {"get"},
    "django.views.decorators.http.require_POST": {"post"},
    "django.views.decorators.http.require_safe": {"get", "head"},
}


def detect(module: Module) -> Iterator[Hit]:
    """Report verb paths, creates answered with 200 and errors returned as 200."""
    django = module.role is not Role.TESTS and speaks_django(module)
    for route in url_routes(module) if django else []:
        if not _is_api_route(module, route):
            continue
        message = _path_problem(route.route, _django_methods(module, route))
        if message is not None:
            yield Hit.at(route.call, message)
    for function in functions(module):
        decorator = route_decorator(function)
        if decorator is None:
            if django and is_view(module, function):
                yield from _django_errors_as_200(module, function)
            continue
        methods = route_methods(decorator)
        message = _path_problem(route_path(decorator), methods)
        if message is None:
            message = _create_problem(function, decorator, methods)
        if message is not None:
            yield Hit.at(decorator, message)
        yield from _errors_as_200(function)


def _path_problem(path: str | None, methods: set[str]) -> str | None:
    for segment in (path or "").split("/"):
        if not segment or segment.startswith(("{", "<", "(")):
            continue
        words = [word.lower() for word in _WORD.findall(segment)]
        if not words:
            continue
        verb = words[0]
        alone = len(words) == 1
        if verb in CHANGE_VERBS and (not alone or verb in ALONE_VERBS):
            if "get" in methods:
                return (
                    f"GET route `{path}` is named for a change (`{segment}`); a GET "
                    "must not change state, since browsers, caches and link previews "
                    "repeat it; use POST, PATCH or DELETE on a resource path"
                )
            return (
                f"path `{path}` holds the verb `{segment}`; name the resource "
                "(plural nouns, nested under the owner) and let the method say the "
                "action"
            )
        if verb in READ_VERBS and not alone:
            return (
                f"path `{path}` holds the verb `{segment}`; name the resource and "
                "read it with GET"
            )
    return None


def _create_problem(
    function: Function, decorator: ast.Call, methods: set[str]
) -> str | None:
    if methods != {"post"} or not function.name.startswith(CREATE_PREFIXES):
        return None
    segments = [part for part in (route_path(decorator) or "").split("/") if part]
    if not segments or not re.fullmatch(r"[a-z][a-z0-9_-]*s", segments[-1]):
        return None  # not a collection: `/checkout/quote` may compute, not create
    status = keyword(decorator, "status_code")
    if status is None or (isinstance(status, ast.Constant) and status.value == 200):
        return (
            f"POST `{function.name}` creates a resource but answers 200; declare "
            "`status_code=201`"
        )
    return None


def _errors_as_200(function: Function) -> Iterator[Hit]:
    body = list(walk_body(function))
    if any(_sets_status(node) for node in body):
        return
    for node in body:
        if not isinstance(node, ast.Return) or not isinstance(node.value, ast.Dict):
            continue
        for key, value in zip(node.value.keys, node.value.values, strict=True):
            if not isinstance(key, ast.Constant) or not isinstance(key.value, str):
                continue
            flagged = key.value in FLAG_KEYS and (
                isinstance(value, ast.Constant) and value.value is False
            )
            if key.value in ERROR_KEYS or flagged:
                yield Hit.at(
                    node,
                    f"`{function.name}` returns an error in a body with status 200; "
                    "raise an HTTP error (404, 409, 422) so clients and monitors see "
                    "the failure",
                )
                break


def _is_api_route(module: Module, route: UrlRoute) -> bool:
    """Whether a URL entry routes to a DRF or JSON API view (see the docstring)."""
    if isinstance(route.call.func, ast.Attribute) and route.call.func.attr == (
        "register"
    ):
        return True
    if route.view is None:
        return False
    if route.is_class:
        node = local_classes(module).get(route.view)
        if node is not None:
            return any(
                base_name_of(module, base).startswith("rest_framework.")
                or base_name_of(module, base).endswith(API_SUFFIXES)
                for base in node.bases
            )
    else:
        for function in functions(module):
            if function.name == route.view and isinstance(
                module.parent(function), ast.Module
            ):
                return API_VIEW in decorator_names(module, function)
    return route.view.endswith(API_SUFFIXES) or route.view in imported_from(
        module, API_MODULES
    )


def _django_methods(module: Module, route: UrlRoute) -> set[str]:
    """The HTTP methods of the view a URL entry names, when the module defines it."""
    if route.view is None:
        return set()
    if route.is_class:
        node = local_classes(module).get(route.view)
        return {
            VIEW_METHODS[item.name]
            for item in (node.body if node is not None else [])
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
            and item.name in VIEW_METHODS
        }
    methods: set[str] = set()
    for function in functions(module):
        if function.name != route.view or not isinstance(
            module.parent(function), ast.Module
        ):
            continue
        for name in decorator_names(module, function):
            methods |= METHOD_DECORATORS.get(name, set())
        for decorator in function.decorator_list:
            if (
                isinstance(decorator, ast.Call)
                and decorator.args
                and module.qualified_name(decorator.func) in METHOD_LISTS
            ):
                listed = decorator.args[0]
                if isinstance(listed, ast.List | ast.Tuple):
                    methods |= {
                        item.value.lower()
                        for item in listed.elts
                        if isinstance(item, ast.Constant)
                        and isinstance(item.value, str)
                    }
    return methods


def _django_errors_as_200(module: Module, function: Function) -> Iterator[Hit]:
    body = list(walk_body(function))
    if any(_sets_status(node) for node in body):
        return
    for node in body:
        value = node.value if isinstance(node, ast.Return) else None
        if not (
            isinstance(value, ast.Call)
            and value.args
            and isinstance(value.args[0], ast.Dict)
        ):
            continue
        name = (module.qualified_name(value.func) or "").rsplit(".", 1)[-1]
        status = keyword(value, "status")
        if status is None and name == "Response" and len(value.args) > 1:
            status = value.args[1]  # DRF's Response(data, status)
        if status is not None and not (
            isinstance(status, ast.Constant) and status.value == 200
        ):
            continue
        if name in DJANGO_RESPONSES and _carries_error(value.args[0]):
            yield Hit.at(
                node,
                f"`{function.name}` returns an error in a body with status 200; "
                "pass `status=` (404, 409, 400) so clients and monitors see the "
                "failure",
            )


def _carries_error(body: ast.Dict) -> bool:
    for key, value in zip(body.keys, body.values, strict=True):
        if not isinstance(key, ast.Constant) or not isinstance(key.value, str):
            continue
        if key.value in ERROR_KEYS or (
            key.value in FLAG_KEYS
            and isinstance(value, ast.Constant)
            and value.value is False
        ):
            return True
    return False


def _sets_status(node: ast.AST) -> bool:
    targets: list[ast.expr] = []
    if isinstance(node, ast.Assign):
        targets = node.targets
    elif isinstance(node, ast.AnnAssign | ast.AugAssign):
        targets = [node.target]
    return any(
        isinstance(target, ast.Attribute) and target.attr == "status_code"
        for target in targets
    )
