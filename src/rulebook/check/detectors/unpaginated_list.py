"""API-05: a list endpoint that returns the whole collection, with no page parameter.

Matches a FastAPI `GET` route on a top-level collection path (a literal path with no
`{parameter}`, such as `/audit-events`) whose `response_model=` or return annotation
is a bare collection (`list[...]`, `List[...]`, `Sequence[...]`, `set[...]`) and
that takes no parameter that could bound it: none whose name mentions `limit`,
`page`, `cursor`, `offset`, `after`, `before`, `size`, `skip`, `take`, `first`,
`last` or `token`, and none whose type mentions `Page`, `Pagination`, `Cursor` or
`Limit` (an injected pagination object). The finding sits on the annotation that
promises the list.

Misses: lists returned under a wrapper model or `dict` (the wrapper may still hold
every row), a `limit` without an upper bound (`Query(le=...)`), a service that
ignores the page it is given, nested collections (`/orders/{order_id}/items`, often
bounded by their owner, but not always), and Django or DRF views, whose pagination is
configured elsewhere. A small, fixed collection (the rule's exception) is reported
too; suppress it with the bound as the reason.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    Function,
    functions,
    keyword,
    parameters,
    parse_annotation,
    route_decorator,
    route_methods,
    route_path,
)
from rulebook.check.finding import Hit
from rulebook.check.module import Module

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


def detect(module: Module) -> Iterator[Hit]:
    """Report GET routes that promise a bare list and take no page parameter."""
    for function in functions(module):
        decorator = route_decorator(function)
        if decorator is None or "get" not in route_methods(decorator):
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
