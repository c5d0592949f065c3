"""DATA-03: a model declared in the legacy, untyped style, or with a hidden relation.

Matches:

- a call of `declarative_base()` (`sqlalchemy.orm` or `sqlalchemy.ext.declarative`);
- in the body of a mapped class (one deriving from a `DeclarativeBase` subclass or a
  `declarative_base()` result, or any class that sets `__tablename__`), a plain
  assignment without a `Mapped[...]` annotation whose value is `Column(...)`,
  `mapped_column(...)` or `relationship(...)`;
- a `relationship(...)` call with a `backref=` argument, which creates an attribute
  the other class does not show.

- in the body of a Django model (a class deriving, through the module's classes,
  from `django.db.models.Model`), a `ForeignKey`, `OneToOneField` or
  `ManyToManyField` with no `related_name=` whose default reverse accessor the
  module reads (`customer.order_set` for `Order.customer`, `user.profile` for a
  one-to-one on `Profile`): code then depends on an attribute that, as with
  `backref=`, no class body shows, under a name Django made up. A relation without
  `related_name` whose reverse nobody reads in the module is left alone: Django's
  default is idiomatic until code leans on it.

One finding per line. `Column(...)` inside `Table(...)` is left alone (the rule's
exception for association tables and unmapped tables), and so are the fields of a
Django migration's `CreateModel(fields=[...])`, which repeat the model.

Misses: models in modules where neither the base nor `__tablename__` is visible (a
mixin, a class whose base is imported), `Mapped[str]` on data that is really
optional (in Django, `null=True` on a field the business requires; Django's own
exception, a `unique=True, blank=True` string that needs NULL, looks the same), a
relationship written on one side only (a `related_name` whose other side carries no
annotation), a default reverse accessor read in another module (a view reading
`customer.order_set`), and models kept in a shared application-wide `models.py`;
those need a reviewer.
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
from rulebook.check.module import Module, Role

RULE_ID = "DATA-03"
NAME = "legacy-mapping"

ATTRIBUTE_FACTORIES = {
    "Column": ("a bare `Column(...)`", "mapped_column"),
    "mapped_column": ("a `mapped_column(...)` with no annotation", "mapped_column"),
    "relationship": ("a `relationship(...)` with no annotation", "relationship"),
}
"""Class attribute factories: what the finding calls them, and the typed spelling."""
SQLALCHEMY_PACKAGES = ("sqlalchemy", "sqlmodel")
RELATION_WORDS = ("ForeignKey", "OneToOneField", "ManyToManyField")
DJANGO_RELATIONS = frozenset(f"django.db.models.{field}" for field in RELATION_WORDS)


def detect(module: Module) -> Iterator[Hit]:
    """Report legacy bases, untyped attributes of mapped classes, backrefs, and
    Django relations without a `related_name`."""
    django = any(name.startswith("django.db") for name in module.imports.values())
    if (
        django
        and module.role is not Role.MIGRATION
        and any(field in module.source for field in RELATION_WORDS)
    ):
        yield from _hidden_reverse(module)
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


def _hidden_reverse(module: Module) -> Iterator[Hit]:
    read = {node.attr for node in module.nodes(ast.Attribute)}
    mapped = mapped_classes(module)
    for node in module.nodes(ast.ClassDef):
        if node.name not in mapped:
            continue
        for statement in node.body:
            target: ast.expr
            value: ast.expr | None
            if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target, value = statement.targets[0], statement.value
            elif isinstance(statement, ast.AnnAssign):
                target, value = statement.target, statement.value
            else:
                continue
            if (
                not isinstance(value, ast.Call)
                or module.qualified_name(value.func) not in DJANGO_RELATIONS
                or keyword(value, "related_name") is not None
                or any(item.arg is None for item in value.keywords)
            ):
                continue
            kind = module.qualified_name(value.func) or ""
            accessor = node.name.lower()
            if not kind.endswith("OneToOneField"):
                accessor += "_set"
            if accessor not in read:
                continue
            field = (
                target.id if isinstance(target, ast.Name) else module.segment(target)
            )
            yield Hit.at(
                statement,
                f"`{node.name}.{field}` has no `related_name`, yet the module reads "
                f"Django's made-up `{accessor}`, which no model's body shows; name "
                "the reverse side (`related_name=...`) and annotate it there",
            )
