"""API-04: a FastAPI route whose path, method or status code says the wrong thing.

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

Misses: a `GET` that changes state under a noun path, `POST` routes that only read,
`PUT` with partial bodies, sub-resources addressed by a global ID, and errors returned
through a response model with status 200; those need a reader.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    Function,
    functions,
    keyword,
    route_decorator,
    route_methods,
    route_path,
    walk_body,
)
from rulebook.check.finding import Hit
from rulebook.check.module import Module

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


def detect(module: Module) -> Iterator[Hit]:
    """Report verb paths, creates answered with 200 and errors returned as 200."""
    for function in functions(module):
        decorator = route_decorator(function)
        if decorator is None:
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
        if not segment or segment.startswith("{"):
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
