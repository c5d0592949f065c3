"""NAME-03: a boundary model is named by a vague suffix instead of its action and side.

Matches a class whose name ends in `DTO`, `Dto`, `Schema`, `In`, `Out`, `Data` or
`Payload` (`UserIn`, `OrderDTO`) and that the module shows to be a boundary model:

- a Pydantic model defined in a `schemas` (or `serializers`) module;
- a class used in a route handler's signature (a body parameter or the return
  annotation) or in its decorator's `response_model=`;
- a class used in the signature of a method of a `...Service` class, or of a function
  in a `service` module: a core input is `Create{Resource}Command`.

Only classes with at least one field are reported, and not one that another class of the
module derives from (a shared `BaseSchema` with configuration is a base, not a DTO).
Words that end in `In` or `Out` as part of an action (`SignIn`, `CheckOut`, `OptOut`)
are not direction suffixes.

Misses: models only used in another module (the signature that shows the role is
elsewhere); names that are vague without a suffix (`User` as a Pydantic model next to
a domain `User`); `...Model` names; one model shared by create and update.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._naming import (
    cap_words,
    is_pydantic_model,
    methods,
)
from rulebook.check.detectors._web import routes
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "NAME-03"
NAME = "vague-dto-name"

VAGUE_SUFFIXES = frozenset({"DTO", "Dto", "Schema", "In", "Out", "Data", "Payload"})
ACTION_WORDS = frozenset(
    {"Sign", "Log", "Opt", "Check", "Plug", "Built", "Cash", "Time", "Drop", "Walk"}
)
"""`SignIn`, `CheckOut`: the `In` or `Out` belongs to the verb."""


def detect(module: Module) -> Iterator[Hit]:
    """One hit per vaguely named boundary model, at its `class` line."""
    candidates = {
        node.name: node
        for node in module.nodes(ast.ClassDef)
        if _vague(node.name) and _has_fields(node)
    }
    if not candidates:
        return
    extended = {
        base.id
        for node in module.nodes(ast.ClassDef)
        for base in node.bases
        if isinstance(base, ast.Name)
    }
    uses = _boundary_uses(module)
    for name, node in candidates.items():
        if name in extended:
            continue
        where = uses.get(name)
        if (
            where is None
            and module.role is Role.SCHEMAS
            and is_pydantic_model(module, node)
        ):
            where = "the schemas module"
        if where is None:
            continue
        yield Hit.at(node, _message(name, where))


def _vague(name: str) -> bool:
    words = cap_words(name)
    if len(words) < 2 or words[-1] not in VAGUE_SUFFIXES:
        return False
    return not (words[-1] in {"In", "Out"} and words[-2] in ACTION_WORDS)


def _has_fields(node: ast.ClassDef) -> bool:
    return any(
        isinstance(item, ast.AnnAssign)
        and isinstance(item.target, ast.Name)
        and not item.target.id.startswith("_")
        and item.target.id != "model_config"
        for item in node.body
    )


def _boundary_uses(module: Module) -> dict[str, str]:
    """Class name -> the first signature that shows it is a boundary model."""
    uses: dict[str, str] = {}
    for function, where in _boundary_functions(module):
        for name in _signature_names(function):
            uses.setdefault(name, where)
    return uses


def _boundary_functions(
    module: Module,
) -> Iterator[tuple[ast.FunctionDef | ast.AsyncFunctionDef, str]]:
    for route in routes(module):
        yield route, f"route `{route.name}`"
    for node in module.nodes(ast.ClassDef):
        if node.name.endswith("Service"):
            for method in methods(node):
                yield method, f"service method `{method.name}`"
    if module.role is Role.SERVICE:
        for item in module.tree.body:
            if isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef):
                yield item, f"service function `{item.name}`"


def _signature_names(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Names in the annotations, and in a route decorator's `response_model=`."""
    args = function.args
    names = _names(function.returns)
    for decorator in function.decorator_list:
        if isinstance(decorator, ast.Call):
            for keyword in decorator.keywords:
                if keyword.arg == "response_model":
                    names |= _names(keyword.value)
    for parameter in (*args.posonlyargs, *args.args, *args.kwonlyargs):
        names |= _names(parameter.annotation)
    return names


def _names(annotation: ast.expr | None) -> set[str]:
    if annotation is None:
        return set()
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return set()
    return {node.id for node in ast.walk(annotation) if isinstance(node, ast.Name)}


def _message(name: str, where: str) -> str:
    stem = name.removesuffix(cap_words(name)[-1]) or name
    if where.startswith("service"):
        return (
            f"`{name}` is in the signature of {where}; name what the core takes "
            f"after its action, e.g. `Create{stem}Command`"
        )
    return (
        f"`{name}` ({where}) says neither action nor direction; name it "
        f"`Create{stem}Request`, `Update{stem}Request` or `{stem}Response`"
    )
