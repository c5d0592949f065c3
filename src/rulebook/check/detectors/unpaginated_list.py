"""API-05: a list endpoint that returns the whole collection, with no page parameter.

Matches a FastAPI `GET` route on a top-level collection path (a literal path with no
`{parameter}`, such as `/audit-events`) whose `response_model=` or return annotation
is a bare collection (`list[...]`, `List[...]`, `Sequence[...]`, `set[...]`) and
that takes no parameter that could bound it: none whose name mentions `limit`,
`page`, `cursor`, `offset`, `after`, `before`, `size`, `skip`, `take`, `first`,
`last` or `token`, and none whose type mentions `Page`, `Pagination`, `Cursor` or
`Limit` (an injected pagination object). The finding sits on the annotation that
promises the list.

In Django and DRF (outside test modules) it matches:

- a GET handler (a view class's `get` or `list`, or a function view whose
  `@api_view`/`require_GET` says GET) that serializes many rows,
  `SomeSerializer(rows, many=True)`, and neither paginates (no `paginate_queryset`,
  `paginator` or `Paginator`, no slice such as `rows[:100]`) nor reads a page
  parameter (no string such as `"limit"`, `"page"` or `"cursor"`), and takes no
  URL parameter besides `request` (a nested collection), at the serializer call;
- a DRF generic list view or viewset that switches pagination off with
  `pagination_class = None`, at that line.

Misses: lists returned under a wrapper model or `dict` (the wrapper may still hold
every row), a `limit` without an upper bound (`Query(le=...)`), a service that
ignores the page it is given, nested collections (`/orders/{order_id}/items`, often
bounded by their owner, but not always), and in DRF a generic list view that
paginates only if `DEFAULT_PAGINATION_CLASS` is set (a settings fact), rows
serialized into `JsonResponse` without a serializer, and a paginator class whose
`max_page_size` is unbounded. A small, fixed collection (the rule's exception) is
reported too; suppress it with the bound as the reason.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    Function,
    base_name_of,
    functions,
    keyword,
    parameters,
    parse_annotation,
    route_decorator,
    route_methods,
    route_path,
    walk_body,
)
from rulebook.check.detectors._web import is_view, speaks_django
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role, decorator_names

RULE_ID = "API-05"
NAME = "unpaginated-list"

COLLECTIONS = frozenset({"list", "List", "Sequence", "set", "Set"})
PAGE_WORDS = (
    "limit",
    "page",
    "cursor",
    "offset",
    "after",
    "before",
    "size",
    "skip",
    "take",
    "first",
    "last",
    "token",
)
PAGE_TYPES = ("page", "paginat", "cursor", "limit")
GET_HANDLERS = frozenset({"get", "list"})
NOT_URL_PARAMETERS = frozenset({"request", "format"})
"""Parameters of a Django view that do not address a nested collection."""
GET_DECORATORS = frozenset(
    {
        "django.views.decorators.http.require_GET",
        "django.views.decorators.http.require_safe",
    }
)
API_VIEW = "rest_framework.decorators.api_view"
LIST_VIEWS = frozenset(
    {
        "ListAPIView",
        "ListCreateAPIView",
        "ModelViewSet",
        "ReadOnlyModelViewSet",
        "GenericViewSet",
        "ListModelMixin",
    }
)


def detect(module: Module) -> Iterator[Hit]:
    """Report GET routes that promise a bare list and take no page parameter."""
    django = module.role is not Role.TESTS and speaks_django(module)
    if django:
        yield from _pagination_off(module)
    for function in functions(module):
        decorator = route_decorator(function)
        if decorator is None:
            if django and _is_get_view(module, function):
                yield from _serializes_all(module, function)
            continue
        if "get" not in route_methods(decorator):
            continue
        declared = keyword(decorator, "response_model")
        annotation = declared if declared is not None else function.returns
        if not _is_collection(module, parse_annotation(annotation)):
            continue
        if _takes_page(function) or "{" in (route_path(decorator) or "{"):
            continue
        assert annotation is not None  # noqa: S101 - _is_collection(None) is False
        yield Hit.at(
            annotation,
            f"GET `{function.name}` returns the whole collection with no limit or "
            "cursor parameter; return one bounded page (limit with `le=`, cursor)",
        )


def _is_collection(module: Module, node: ast.expr | None) -> bool:
    if not isinstance(node, ast.Subscript):
        return False
    name = (module.qualified_name(node.value) or "").split(".")[-1]
    return name in COLLECTIONS


def _takes_page(function: Function) -> bool:
    if function.args.kwarg is not None:
        return True
    for argument in parameters(function):
        words = argument.arg.lower()
        if any(word in words for word in PAGE_WORDS):
            return True
        annotation = parse_annotation(argument.annotation)
        if annotation is None:
            continue
        text = ast.unparse(annotation).lower()
        if any(word in text for word in PAGE_TYPES):
            return True
    return False


def _is_get_view(module: Module, function: Function) -> bool:
    """A Django or DRF view that answers GET."""
    if not is_view(module, function):
        return False
    if isinstance(module.parent(function), ast.ClassDef):
        return function.name in GET_HANDLERS
    names = decorator_names(module, function)
    if GET_DECORATORS.intersection(names):
        return True
    for decorator in function.decorator_list:
        if (
            isinstance(decorator, ast.Call)
            and module.qualified_name(decorator.func) == API_VIEW
        ):
            listed = decorator.args[0] if decorator.args else None
            if not isinstance(listed, ast.List | ast.Tuple):
                return True  # @api_view() answers GET only
            return any(
                isinstance(item, ast.Constant) and str(item.value).upper() == "GET"
                for item in listed.elts
            )
    return API_VIEW in names  # a bare @api_view answers GET only


def _serializes_all(module: Module, function: Function) -> Iterator[Hit]:
    if function.args.vararg is None and any(
        argument.arg.lstrip("_") not in NOT_URL_PARAMETERS
        for argument in parameters(function)
    ):
        return  # a URL parameter: a nested collection, bounded by its owner
    body = list(walk_body(function))
    if any(_bounds(node) for node in body):
        return
    for node in body:
        if (
            isinstance(node, ast.Call)
            and node.args
            and _is_true(keyword(node, "many"))
            and (module.segment(node.func) or "").endswith("Serializer")
        ):
            yield Hit.at(
                node,
                f"GET `{function.name}` serializes every row with `many=True` and no "
                "page; paginate it (`pagination_class`, `paginate_queryset`) with a "
                "capped page size",
            )


def _bounds(node: ast.AST) -> bool:
    """Whether a node of the handler paginates, slices, or reads a page parameter."""
    if isinstance(node, ast.Slice):
        return True
    name = (
        node.attr
        if isinstance(node, ast.Attribute)
        else node.id
        if isinstance(node, ast.Name)
        else None
    )
    if name is not None and "paginat" in name.lower():
        return True
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and node.value.lower() in PAGE_WORDS
    )


def _pagination_off(module: Module) -> Iterator[Hit]:
    for node in module.nodes(ast.ClassDef):
        bases = [base_name_of(module, base) for base in node.bases]
        if not any(
            name.startswith("rest_framework.") and name.rsplit(".", 1)[-1] in LIST_VIEWS
            for name in bases
        ):
            continue
        for statement in node.body:
            if (
                isinstance(statement, ast.Assign)
                and any(
                    isinstance(t, ast.Name) and t.id == "pagination_class"
                    for t in statement.targets
                )
                and isinstance(statement.value, ast.Constant)
                and statement.value.value is None
            ):
                yield Hit.at(
                    statement,
                    f"`{node.name}` switches pagination off, so its list returns "
                    "every row; give it a pagination class with a capped page size",
                )


def _is_true(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is True
