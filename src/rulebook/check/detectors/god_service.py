"""AP-PY11: a service class holds unrelated groups of use cases.

Matches a class named `...Service` or `...Manager` (or any public class of a `service`
module) whose constructor takes four or more collaborators and whose public methods
fall into two or more groups that share no state: methods are linked when they use a
common `self.` attribute (directly or through a private helper they call), and the
groups are what stays apart. Each group is a separate service squeezed into one class,
and every caller pays for the collaborators of all of them. Reported at the class.

Methods that touch no attribute are ignored, so a pure helper method does not make a
group of its own. A facade whose every public method is one call to a collaborator
(`return self.orders.place_order(...)`) holds no rules of its own and is not reported,
as the rule's exceptions allow.

Misses: a god service whose groups do share one attribute (one repository used by all,
or a shared session); a service with few collaborators but many unrelated methods; a
module of functions that plays the same part. The method count alone is not used: a
large but cohesive query service is fine.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._naming import (
    is_abstract,
    is_dataclass,
    is_protocol,
    is_pydantic_model,
    methods,
)
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "AP-PY11"
NAME = "god-service"

MIN_COLLABORATORS = 4
MIN_GROUPS = 2


def detect(module: Module) -> Iterator[Hit]:
    """One hit per service whose methods split into groups sharing no state."""
    for node in module.nodes(ast.ClassDef):
        if not _is_service(module, node):
            continue
        functions = {method.name: method for method in methods(node)}
        init = functions.get("__init__")
        if init is None or _collaborators(init) < MIN_COLLABORATORS:
            continue
        groups = _groups(functions)
        if len(groups) >= MIN_GROUPS and not _only_delegates(functions):
            described = "; ".join(
                f"{{{', '.join(sorted(names))}}} use {', '.join(sorted(attrs))}"
                for names, attrs in groups
            )
            yield Hit.at(
                node,
                f"`{node.name}` holds {len(groups)} groups of methods that share no "
                f"state ({described}); split it into one service per group",
            )


def _is_service(module: Module, node: ast.ClassDef) -> bool:
    if node.name.startswith("_"):
        return False
    if not (node.name.endswith(("Service", "Manager")) or module.role is Role.SERVICE):
        return False
    return not (
        is_protocol(module, node)
        or is_abstract(module, node)
        or is_pydantic_model(module, node)
        or is_dataclass(module, node)
    )


def _only_delegates(
    functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef],
) -> bool:
    """A facade: every public method is one call to a collaborator, `self.x.y(...)`."""
    for name, function in functions.items():
        if name.startswith("_"):
            continue
        body = [
            statement
            for statement in function.body
            if not (
                isinstance(statement, ast.Expr)
                and isinstance(statement.value, ast.Constant)
            )
        ]
        if len(body) != 1 or not isinstance(body[0], ast.Return | ast.Expr):
            return False
        call = body[0].value
        if isinstance(call, ast.Await):
            call = call.value
        if not (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and isinstance(call.func.value, ast.Attribute)
            and isinstance(call.func.value.value, ast.Name)
            and call.func.value.value.id == "self"
        ):
            return False
    return True


def _collaborators(init: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    args = init.args
    return len([*args.posonlyargs, *args.args, *args.kwonlyargs]) - 1


def _self_uses(function: ast.AST) -> tuple[set[str], set[str]]:
    """Attributes of `self` a function reads or writes, and methods it calls."""
    attributes: set[str] = set()
    calls: set[str] = set()
    for node in ast.walk(function):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id == "self"
        ):
            attributes.add(node.attr)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "self"
        ):
            calls.add(node.func.attr)
    return attributes, calls


def _groups(
    functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef],
) -> list[tuple[set[str], set[str]]]:
    """Public methods grouped by shared state: (method names, attributes used)."""
    direct = {name: _self_uses(function) for name, function in functions.items()}

    def state(name: str, seen: set[str]) -> set[str]:
        attributes, calls = direct[name]
        found = {a for a in attributes if a not in functions}
        for called in calls:
            if called in functions and called not in seen and called != "__init__":
                seen.add(called)
                found |= state(called, seen)
        return found

    public = [name for name in functions if not name.startswith("_")]
    groups: list[tuple[set[str], set[str]]] = []
    for name in public:
        attributes = state(name, {name})
        if not attributes:
            continue
        joined = [group for group in groups if group[1] & attributes]
        merged = ({name}, set(attributes))
        for group in joined:
            merged[0].update(group[0])
            merged[1].update(group[1])
            groups.remove(group)
        groups.append(merged)
    return groups
