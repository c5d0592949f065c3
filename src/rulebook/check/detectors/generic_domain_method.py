"""NAME-06: a domain model's factory, check or state change has a generic name.

A domain model here is a dataclass (or attrs class), or any class in a `domain`
module; Pydantic models are boundary models and are not checked. On such a class it
matches:

- a classmethod factory named `new`, `build`, `make` or `from_data`, and a `create`
  classmethod whose arguments can be passed by position: the factory is
  `create(*, ...)`. A classmethod counts as a factory only when its parameters are
  fields of the model (`new(cls, plan, started_at)`); one that builds from something
  else (a type, a row) is an alternative constructor and is left alone;
- a check named `check`, `ok`, `is_ok`, `can_do` or `is_valid_for`: invariants are
  `validate()`, a precondition `validate_can_be_{action}()`;
- a generic setter of the model's lifecycle field (`set_status`, `set_state`,
  `set_stage`, `set_phase`, for a field of that name), or `update_fields`: a state
  change is named after the business action (`cancel()`).

Misses: domain classes that are neither dataclasses nor in a `domain` module; vague
names outside the lists (`process()`, `apply()`); setters of other fields; callers
assigning `model.status = ...` directly; state changes that skip their bookkeeping.
`from_row` and other `from_*` constructors are allowed, as the rule's exceptions say.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._naming import (
    is_classmethod,
    is_dataclass,
    is_pydantic_model,
    methods,
)
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "NAME-06"
NAME = "generic-domain-method"

FACTORY_NAMES = frozenset({"new", "build", "make", "from_data"})
VAGUE_CHECKS = frozenset({"check", "ok", "is_ok", "can_do", "is_valid_for"})
STATE_FIELDS = frozenset({"status", "state", "stage", "phase"})


def detect(module: Module) -> Iterator[Hit]:
    """One hit per misnamed method of a domain model, at its `def` line."""
    for node in module.nodes(ast.ClassDef):
        if not _is_domain_model(module, node):
            continue
        fields = {
            item.target.id
            for item in node.body
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
        }
        for method in methods(node):
            message = _message(module, node, method, fields)
            if message:
                yield Hit.at(method, message)


def _is_domain_model(module: Module, node: ast.ClassDef) -> bool:
    if is_pydantic_model(module, node):
        return False
    return module.role is Role.DOMAIN or is_dataclass(module, node)


def _message(
    module: Module,
    owner: ast.ClassDef,
    method: ast.FunctionDef | ast.AsyncFunctionDef,
    fields: set[str],
) -> str | None:
    name = method.name
    factory = is_classmethod(module, method)
    if factory and not _builds_from_fields(method, fields):
        factory = False
    if factory and name in FACTORY_NAMES:
        return (
            f"factory `{owner.name}.{name}()`: name it `create` with keyword-only "
            "arguments, `create(cls, *, ...)`"
        )
    if (
        factory
        and name == "create"
        and len(method.args.posonlyargs + method.args.args) > 1
    ):
        return (
            f"`{owner.name}.create()` accepts arguments by position; make them "
            "keyword-only: `create(cls, *, ...)`"
        )
    if name in VAGUE_CHECKS:
        return (
            f"`{owner.name}.{name}()` does not say what it checks; name invariants "
            "`validate()` and preconditions `validate_can_be_{action}()`"
        )
    field = name.removeprefix("set_")
    if name == "update_fields" or (
        name.startswith("set_") and field in fields and field in STATE_FIELDS
    ):
        return (
            f"generic setter `{owner.name}.{name}()`: name the state change after "
            "the business action, e.g. `cancel()`"
        )
    return None


def _builds_from_fields(
    method: ast.FunctionDef | ast.AsyncFunctionDef, fields: set[str]
) -> bool:
    """A factory takes the model's own field values (`plan`, `started_at`); a
    classmethod taking something else (a type, a row) builds from that instead."""
    args = method.args
    names = [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)][1:]
    return bool(names) and all(name in fields for name in names)
