"""AP-PY18: a generic repository layer, one CRUD class wrapped around every model.

Matches:

- a generic class whose name says repository (`Repository`, `Repo`, `CRUD`, `Dao` or
  `DAO` in it) and that defines at least one CRUD method (`get`, `list`, `add`,
  `save`, `create`, `update`, `delete`, `get_all`, ...): generic through a
  `Generic[...]` base or type parameters (`class BaseRepository[T]:`);
- a class that only fills in such a base for one model: its base is
  `SomeRepository[Model]`, where `SomeRepository` is a generic repository of the
  same module or an imported class with a repository name.

A `Protocol` is left alone: a repository port the core depends on is the rule's
exception. Misses: non-generic base classes that take the model as an attribute
(`model = None`), one hand-written repository per table that only forwards to the
session, and repositories whose methods forward the session one to one; whether a
repository hides anything real is a reviewer's call.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.finding import Hit
from rulebook.check.module import FUNCTIONS, Module

RULE_ID = "AP-PY18"
NAME = "generic-repository"

NAME_PARTS = ("Repository", "Repo", "CRUD", "Crud", "Dao", "DAO")
CRUD_METHODS = frozenset(
    {
        "get",
        "get_one",
        "get_by_id",
        "get_all",
        "get_multi",
        "find",
        "find_by_id",
        "find_all",
        "list",
        "all",
        "add",
        "save",
        "create",
        "update",
        "delete",
        "remove",
    }
)
GENERIC = frozenset({"typing.Generic", "typing_extensions.Generic"})
PROTOCOL = frozenset({"typing.Protocol", "typing_extensions.Protocol"})


def detect(module: Module) -> Iterator[Hit]:
    """Report generic repository bases and the per-model classes that fill them."""
    generic: set[str] = set()
    classes = module.nodes(ast.ClassDef)
    for node in classes:
        if _is_generic_repository(module, node):
            generic.add(node.name)
            yield Hit.at(
                node,
                f"`{node.name}` is one generic CRUD repository for every model; "
                "use the Session in the use case, and add a repository only with "
                "methods a use case asks for",
            )
    for node in classes:
        if node.name in generic:
            continue
        for base in node.bases:
            if not isinstance(base, ast.Subscript):
                continue
            name = module.qualified_name(base.value) or ""
            local = name.rsplit(".", 1)[-1]
            if name in generic or (
                name != local and any(part in local for part in NAME_PARTS)
            ):
                yield Hit.at(
                    node,
                    f"`{node.name}` only binds the generic `{local}` to one model; "
                    "query through the Session, or give this repository methods "
                    "of its own",
                )
                break


def _is_generic_repository(module: Module, node: ast.ClassDef) -> bool:
    if not any(part in node.name for part in NAME_PARTS):
        return False
    bases = [
        module.qualified_name(base.value if isinstance(base, ast.Subscript) else base)
        for base in node.bases
    ]
    if any(name in PROTOCOL for name in bases):
        return False
    generic = bool(getattr(node, "type_params", None)) or any(
        name in GENERIC for name in bases
    )
    return generic and any(
        isinstance(statement, FUNCTIONS) and statement.name in CRUD_METHODS
        for statement in node.body
    )
