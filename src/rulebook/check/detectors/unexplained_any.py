"""TYPE-02: `Any` written in a type without a comment that says why.

Matches `typing.Any` (or `typing_extensions.Any`, under any import name) inside an
annotation that ruff's ANN401 does not already report: nested in a parameter or
return type (`dict[str, Any]`, `list[Any] | None`), in a variable or class field
annotation (`payload: dict[str, Any]`), in the value of a `TypeAlias`, and as the
type given to `cast(Any, ...)`. A bare `Any` as a whole parameter or return
annotation is ANN401's. The line is not reported when it, or a comment line right
above it, carries a comment with words in it other than `noqa`, `type: ignore`,
`pragma` and `# [ID]` markers.

Misses: `Any` in string annotations (`"dict[str, Any]"`) and in type aliases
assigned without `TypeAlias` (`Json = dict[str, Any]`), and every `Any` that is
never written: `json.loads`, an untyped library, an unannotated function. A comment
that is there but gives no real reason (`# Any`) still counts as one.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from rulebook.check.finding import Hit
from rulebook.check.module import FUNCTIONS, Module

RULE_ID = "TYPE-02"
NAME = "unexplained-any"

ANY = frozenset({"typing.Any", "typing_extensions.Any"})
CASTS = frozenset({"typing.cast", "typing_extensions.cast"})
TYPE_ALIAS = frozenset({"typing.TypeAlias", "typing_extensions.TypeAlias"})
NOT_A_REASON = re.compile(
    r"noqa(:\s*[A-Z]+\d+(\s*,\s*[A-Z]+\d+)*)?"
    r"|type:\s*ignore(\[[^\]]*\])?"
    r"|pragma:[^#]*"
    r"|\[[A-Z][A-Z0-9-]*\d(\s*,\s*[A-Z][A-Z0-9-]*\d)*\]"
)


def detect(module: Module) -> Iterator[Hit]:
    """Report unexplained `Any` in annotations, aliases and casts."""
    local = {name for name, qualified in module.imports.items() if qualified in ANY}
    modules = {
        name
        for name, qualified in module.imports.items()
        if qualified in {"typing", "typing_extensions"}
    }
    if not local and not modules:
        return
    candidates: list[ast.expr] = [
        node for node in module.nodes(ast.Name) if node.id in local
    ]
    candidates += [
        node
        for node in module.nodes(ast.Attribute)
        if node.attr == "Any" and module.qualified_name(node) in ANY
    ]
    candidates.sort(key=lambda node: (node.lineno, node.col_offset))
    lines = module.source.splitlines()
    seen: set[int] = set()
    for node in candidates:
        if node.lineno in seen:
            continue
        where = _typed_place(module, node)
        if where is None or _explained(lines, node):
            continue
        seen.add(node.lineno)
        yield Hit.at(
            node,
            f"`Any` in {where} with no reason given; name the real type (a model, "
            "a `TypedDict`, `object`) or say on this line why it cannot be typed",
        )


def _typed_place(module: Module, node: ast.AST) -> str | None:
    """Where the `Any` sits, if it is in a type the rule covers; None otherwise."""
    child: ast.AST = node
    for parent in module.ancestors(node):
        if isinstance(parent, (ast.arg, ast.AnnAssign, ast.Call, *FUNCTIONS)):
            return _place(module, parent, child, bare=child is node)
        if isinstance(parent, ast.stmt | ast.Lambda):
            return None
        child = parent
    return None


def _place(
    module: Module, parent: ast.AST, child: ast.AST, *, bare: bool
) -> str | None:
    """What `parent` holding `child` (an `Any` or a type around one) types."""
    place: str | None = None
    if isinstance(parent, ast.arg) and child is parent.annotation:
        place = f"the type of `{parent.arg}`"
    elif isinstance(parent, FUNCTIONS) and child is parent.returns:
        place = f"the return type of `{parent.name}`"
    elif isinstance(parent, ast.AnnAssign):
        if child is parent.annotation:
            return "a variable annotation"
        alias = module.qualified_name(parent.annotation) in TYPE_ALIAS
        return "a type alias" if alias else None
    elif isinstance(parent, ast.Call):
        cast = module.qualified_name(parent.func) in CASTS
        return "a `cast`" if cast and parent.args and child is parent.args[0] else None
    # A bare `Any` as a parameter or return type is ANN401's to report.
    return None if bare else place


def _explained(lines: list[str], node: ast.AST) -> bool:
    line = int(getattr(node, "lineno", 1))
    text = lines[line - 1] if line <= len(lines) else ""
    column = int(getattr(node, "end_col_offset", 0) or 0)
    hash_at = text.find("#", column)
    if hash_at >= 0 and _is_reason(text[hash_at:]):
        return True
    above = lines[line - 2].strip() if line >= 2 else ""
    return above.startswith("#") and _is_reason(above)


def _is_reason(comment: str) -> bool:
    words = NOT_A_REASON.sub(" ", comment.lstrip("#"))
    return re.search(r"[A-Za-z]{2,}", words) is not None
