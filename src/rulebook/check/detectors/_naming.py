"""Shared recognisers for the naming detectors (NAME-01..NAME-08, AP-PY11).

Helpers only: no detector lives here (the leading `_` keeps discovery away). They tell
what a class is by its shape (a Pydantic model, a `Protocol`, a dataclass), which names
a module brought in from a `schemas` module, and whether a file holds tests.
"""

from __future__ import annotations

import ast
import re

from rulebook.check.module import FUNCTIONS, Module, Role, decorator_names

PYDANTIC_BASES = frozenset(
    {"pydantic.BaseModel", "pydantic.main.BaseModel", "pydantic.v1.BaseModel"}
)
PROTOCOL_BASES = frozenset({"typing.Protocol", "typing_extensions.Protocol"})
ABSTRACT_BASES = frozenset({"abc.ABC"})
DATACLASS_DECORATORS = frozenset(
    {
        "dataclasses.dataclass",
        "dataclass",
        "attrs.define",
        "attrs.frozen",
        "attr.s",
        "attr.define",
        "attr.frozen",
    }
)
RESPONSE_CLASS_PREFIXES = ("starlette.", "fastapi.", "django.", "httpx.", "requests.")
"""Packages whose `...Response` classes are HTTP responses, not response DTOs."""


def local_classes(module: Module) -> dict[str, ast.ClassDef]:
    """Every class defined in the module, by name (the last definition wins)."""
    return {node.name: node for node in module.nodes(ast.ClassDef)}


def _base_target(base: ast.expr) -> ast.expr:
    return base.value if isinstance(base, ast.Subscript) else base


def derives_from(
    module: Module,
    node: ast.ClassDef,
    qualified: frozenset[str],
    seen: set[str] | None = None,
) -> bool:
    """Whether a class derives from one of `qualified`, following bases defined in
    the same module (`class Base(BaseModel)`, then `class UserRequest(Base)`)."""
    seen = set() if seen is None else seen
    classes = local_classes(module)
    for base in node.bases:
        target = _base_target(base)
        name = module.qualified_name(target)
        if name is None:
            continue
        if name in qualified:
            return True
        if isinstance(target, ast.Name) and name == target.id and name not in seen:
            local = classes.get(name)
            if local is not None and local is not node:
                seen.add(name)
                if derives_from(module, local, qualified, seen):
                    return True
    return False


def is_pydantic_model(module: Module, node: ast.ClassDef) -> bool:
    """A class deriving from `pydantic.BaseModel` (directly or in this module)."""
    return derives_from(module, node, PYDANTIC_BASES)


def is_protocol(module: Module, node: ast.ClassDef) -> bool:
    """A `typing.Protocol` class (`class Clock(Protocol)` or `Protocol[T]`)."""
    return any(
        module.qualified_name(_base_target(base)) in PROTOCOL_BASES
        for base in node.bases
    )


def is_abstract(module: Module, node: ast.ClassDef) -> bool:
    """A class deriving from `abc.ABC` or declaring `metaclass=ABCMeta`."""
    if any(module.qualified_name(base) in ABSTRACT_BASES for base in node.bases):
        return True
    return any(
        keyword.arg == "metaclass"
        and module.qualified_name(keyword.value) == "abc.ABCMeta"
        for keyword in node.keywords
    )


def is_dataclass(module: Module, node: ast.ClassDef) -> bool:
    """A class decorated with `@dataclass` (or an attrs equivalent)."""
    return any(name in DATACLASS_DECORATORS for name in decorator_names(module, node))


def annotation_class(annotation: ast.expr | None) -> str | None:
    """The class an annotation names, unwrapping `X | None`, `Optional[X]` and
    string annotations: `"Product | None"` gives `Product`. None for anything else
    (a list, a union of two classes, a primitive)."""
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return None
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        kept = [s for s in (annotation.left, annotation.right) if not _is_none(s)]
        return annotation_class(kept[0]) if len(kept) == 1 else None
    if isinstance(annotation, ast.Subscript):
        optional = _last_name(annotation.value) == "Optional"
        return annotation_class(annotation.slice) if optional else None
    return _last_name(annotation)


def _last_name(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _is_none(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and node.value is None


def schema_imports(module: Module) -> set[str]:
    """Local names imported from a `schemas` module (`from .schemas import X`,
    `from orders.schemas import X`)."""
    names: set[str] = set()
    for node in module.nodes(ast.ImportFrom):
        source = node.module or ""
        if source.rsplit(".", 1)[-1] in {"schemas", "serializers"}:
            names.update(alias.asname or alias.name for alias in node.names)
    return names


def dto_classes(module: Module) -> set[str]:
    """Names of boundary models the module knows: Pydantic models it defines, and
    every class it imports from a `schemas` module."""
    known = schema_imports(module)
    if module.role is Role.SCHEMAS:
        known.update(node.name for node in module.nodes(ast.ClassDef))
    for node in module.nodes(ast.ClassDef):
        if is_pydantic_model(module, node):
            known.add(node.name)
    return known


def is_http_response(module: Module, name: str) -> bool:
    """Whether a local name is a framework's HTTP response class (`JSONResponse`)."""
    qualified = module.imports.get(name, "")
    return qualified.startswith(RESPONSE_CLASS_PREFIXES)


def holds_tests(module: Module) -> bool:
    """A test module by its name, or any file that defines `test_*` functions."""
    if module.role is Role.TESTS:
        return True
    return any(
        function.name.startswith("test_")
        for function in module.nodes(ast.FunctionDef, ast.AsyncFunctionDef)
    )


def methods(node: ast.ClassDef) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """The functions defined directly in a class body."""
    return [item for item in node.body if isinstance(item, FUNCTIONS)]


def is_classmethod(module: Module, function: ast.AST) -> bool:
    """Whether a function is decorated with `@classmethod`."""
    return "classmethod" in decorator_names(module, function)


_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z]|\d|\b)|[A-Z]?[a-z]+|\d+")


def cap_words(name: str) -> list[str]:
    """`CouponDAOImpl` -> `['Coupon', 'DAO', 'Impl']`."""
    return _WORD.findall(name.lstrip("_"))
