"""DATA-04: an Alembic migration whose `downgrade()` does nothing.

Matches a module-level `def downgrade()` whose body is only `pass`, `...` and
docstrings, in an Alembic revision file: a module that also defines `upgrade()` and
either assigns `revision` at module level or imports `alembic.op`. The finding is on
the body's first statement (the `pass`).

A downgrade that raises (`NotImplementedError`, or an error that explains why the
step cannot be undone) is left alone: the rule allows an irreversible step that says
so. Misses: downgrades that undo only part of the upgrade, or that do the wrong
thing; Django migrations (`RunPython` without `reverse_code`, `RunPython.noop`),
where an empty reverse is often a deliberate choice for data migrations.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "DATA-04"
NAME = "empty-downgrade"


def detect(module: Module) -> Iterator[Hit]:
    """Report the empty body of an Alembic revision's `downgrade()`."""
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
