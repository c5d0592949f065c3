"""DATA-03: a SQLAlchemy model declared in the legacy, untyped style.

Matches:

- a call of `declarative_base()` (`sqlalchemy.orm` or `sqlalchemy.ext.declarative`);
- in the body of a mapped class (one deriving from a `DeclarativeBase` subclass or a
  `declarative_base()` result, or any class that sets `__tablename__`), a plain
  assignment without a `Mapped[...]` annotation whose value is `Column(...)`,
  `mapped_column(...)` or `relationship(...)`;
- a `relationship(...)` call with a `backref=` argument, which creates an attribute
  the other class does not show.

One finding per line. `Column(...)` inside `Table(...)` is left alone (the rule's
exception for association tables and unmapped tables).

Misses: models in modules where neither the base nor `__tablename__` is visible (a
mixin, a class whose base is imported), `Mapped[str]` on data that is really
optional, a relationship written on one side only, and models kept in a shared
application-wide `models.py`; those need a reviewer.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    DECLARATIVE_FACTORIES,
    first_per_line,
    keyword,
    mapped_classes,
)
from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "DATA-03"
NAME = "legacy-mapping"

ATTRIBUTE_FACTORIES = {
    "Column": ("a bare `Column(...)`", "mapped_column"),
    "mapped_column": ("a `mapped_column(...)` with no annotation", "mapped_column"),
    "relationship": ("a `relationship(...)` with no annotation", "relationship"),
}
"""Class attribute factories: what the finding calls them, and the typed spelling."""
SQLALCHEMY_PACKAGES = ("sqlalchemy", "sqlmodel")


def detect(module: Module) -> Iterator[Hit]:
    """Report legacy bases, untyped attributes of mapped classes, and backrefs."""
    if not any(
        name.startswith(SQLALCHEMY_PACKAGES) for name in module.imports.values()
    ):
        return
    found: list[tuple[ast.AST, str]] = []
    for call in module.nodes(ast.Call):
        name = module.qualified_name(call.func) or ""
        if name in DECLARATIVE_FACTORIES:
            found.append(
                (
                    call,
                    "`declarative_base()` builds an untyped base; declare "
                    "`class Base(DeclarativeBase)` instead",
                )
            )
        elif _sqlalchemy_name(name) == "relationship" and keyword(call, "backref"):
            found.append(
                (
                    call,
                    "`backref=` adds an attribute to the other class that its body "
                    "never shows; declare both sides with `back_populates`",
                )
            )
    mapped = mapped_classes(module)
    for node in module.nodes(ast.ClassDef):
        if node.name not in mapped and not _sets_tablename(node):
            continue
        for statement in node.body:
            if not isinstance(statement, ast.Assign) or not isinstance(
                statement.value, ast.Call
            ):
                continue
            factory = _sqlalchemy_name(module.qualified_name(statement.value.func))
            if factory in ATTRIBUTE_FACTORIES:
                target = module.segment(statement.targets[0])
                what, typed = ATTRIBUTE_FACTORIES[factory]
                found.append(
                    (
                        statement,
                        f"`{node.name}.{target}` is {what}, so mypy sees `Any` and "
                        "the schema cannot follow the type; write "
                        f"`{target}: Mapped[...] = {typed}(...)`",
                    )
                )
    for hit_node, message in first_per_line(found):
        yield Hit.at(hit_node, message)


def _sqlalchemy_name(name: str | None) -> str | None:
    """The last part of a qualified name from SQLAlchemy or SQLModel, else None."""
    if not name or not name.startswith(SQLALCHEMY_PACKAGES):
        return None
    return name.rsplit(".", 1)[-1]


def _sets_tablename(node: ast.ClassDef) -> bool:
    for statement in node.body:
        targets: list[ast.expr] = []
        if isinstance(statement, ast.Assign):
            targets = statement.targets
        elif isinstance(statement, ast.AnnAssign):
            targets = [statement.target]
        if any(isinstance(t, ast.Name) and t.id == "__tablename__" for t in targets):
            return True
    return False
