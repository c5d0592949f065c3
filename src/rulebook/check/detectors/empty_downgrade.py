"""DATA-04: a migration that cannot be rolled back, or whose rollback does nothing.

Alembic: a module-level `def downgrade()` whose body is only `pass`, `...` and
docstrings, in an Alembic revision file: a module that also defines `upgrade()` and
either assigns `revision` at module level or imports `alembic.op`. The finding is on
the body's first statement (the `pass`).

Django: in a migration module (one that imports `django.db.migrations`), a
`migrations.RunPython(...)` with no reverse (`reverse_code=`, or a second argument)
and a `migrations.RunSQL(...)` with no `reverse_sql=` (or second argument), or a
reverse given as a literal `None`: `migrate <app> <previous>` then stops with
`IrreversibleError`. The finding is on the operation.

A downgrade or reverse function that raises (`NotImplementedError`, or an error that
explains why the step cannot be undone) is left alone: the rule allows an
irreversible step that says so. So is `RunPython.noop` or `RunSQL.noop` as the
reverse, which the rule allows when the schema step next to it already undoes the
data. Misses: downgrades and reverses that undo only part of the upgrade, or that do
the wrong thing, and a `noop` reverse that loses data.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "DATA-04"
NAME = "empty-downgrade"


DJANGO_OPERATIONS = {
    "django.db.migrations.RunPython": ("reverse_code", "code"),
    "django.db.migrations.RunSQL": ("reverse_sql", "sql"),
    "django.db.migrations.operations.RunPython": ("reverse_code", "code"),
    "django.db.migrations.operations.RunSQL": ("reverse_sql", "sql"),
}
"""Django operations that reverse only when given a reverse: its keyword, and the
keyword of the forward step."""


def detect(module: Module) -> Iterator[Hit]:
    """Report the empty body of an Alembic revision's `downgrade()`, and Django
    operations that have no reverse."""
    yield from _irreversible_operations(module)
    functions = {
        node.name: node
        for node in module.tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    downgrade = functions.get("downgrade")
    if downgrade is None or "upgrade" not in functions or not _is_revision(module):
        return
    if all(_does_nothing(statement) for statement in downgrade.body):
        yield Hit.at(
            downgrade.body[0],
            "`downgrade()` does nothing, so a rollback moves Alembic's version back "
            "but leaves the schema as the upgrade left it; undo every operation of "
            "`upgrade()`, or raise an error that says why it cannot be undone",
        )


def _is_revision(module: Module) -> bool:
    if "alembic.op" in module.imports.values():
        return True
    return any(
        isinstance(node, ast.Assign | ast.AnnAssign)
        and any(
            isinstance(target, ast.Name) and target.id == "revision"
            for target in (
                node.targets if isinstance(node, ast.Assign) else [node.target]
            )
        )
        for node in module.tree.body
    )


def _does_nothing(statement: ast.stmt) -> bool:
    if isinstance(statement, ast.Pass):
        return True
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and (
            statement.value.value is Ellipsis or isinstance(statement.value.value, str)
        )
    )


def _irreversible_operations(module: Module) -> Iterator[Hit]:
    if "Run" not in module.source or not any(
        name.startswith("django.db.migrations") for name in module.imports.values()
    ):
        return
    for call in module.nodes(ast.Call):
        name = module.qualified_name(call.func)
        if name not in DJANGO_OPERATIONS:
            continue
        reverse_keyword, forward_keyword = DJANGO_OPERATIONS[name]
        reverse = _keyword(call, reverse_keyword)
        if reverse is None and len(call.args) >= 2:
            reverse = call.args[1]
        if reverse is not None and not (
            isinstance(reverse, ast.Constant) and reverse.value is None
        ):
            continue
        if not call.args and _keyword(call, forward_keyword) is None:
            continue  # not an operation: `RunPython(**options)`
        operation = name.rsplit(".", 1)[-1]
        yield Hit.at(
            call,
            f"`{operation}` has no `{reverse_keyword}`, so `migrate <app> <previous>` "
            f"stops with IrreversibleError; pass a `{reverse_keyword}` that undoes "
            "it (or one that raises and says why it cannot be undone)",
        )


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    for item in call.keywords:
        if item.arg == name:
            return item.value
    return None
