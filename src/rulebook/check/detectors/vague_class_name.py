"""NAME-02: a contract, repository or service class is named after no role.

Matches a public class when its shape says which role it plays and its name hides it:

- a `Protocol` or ABC with an interface prefix or suffix (`IClock`, `ClockInterface`),
  or a `Protocol` named `Base...` or `Abstract...` that no class of the module extends:
  contracts are `{Capability}Port` or `{Resource}Repository`. Only contracts used as
  ports are checked: one that a constructor of the module takes, or any contract in a
  `service` or `repository` module;
- any class with `DAO` or `Dao` in its name (`CouponDAOImpl`, `MockCouponDAO`): storage
  is a `{Resource}Repository`, its implementations `SqlAlchemy...` or `InMemory...`;
- a class ending in `Impl` that holds a SQLAlchemy session, or sits in a `service` or
  `repository` module: an implementation is named after its technology;
- a class ending in `Manager`, `Helper`, `Handler`, `Util`, `Utils` or `Store` whose
  constructor takes a contract (a `Protocol` or ABC of the same module, or a type named
  `...Repository`, `...Port`, `...Gateway`, `...DAO`), or that sits in a `service` or
  `repository` module: that is a `{Resource}Service` or a repository.

Misses: a contract injected only in other modules; a misnamed class whose constructor
takes only concrete or imported types not named after a role; `DefaultX` or `BaseX`
implementations; a `Mock...` class that is really a working fake but has no other tell;
two names for one role in a feature. The class's role in those cases is for a reviewer
to judge.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._naming import (
    annotation_class,
    cap_words,
    is_abstract,
    is_protocol,
    local_classes,
)
from rulebook.check.detectors._web import SESSION_TYPES
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "NAME-02"
NAME = "vague-class-name"

VAGUE_SUFFIXES = frozenset({"Manager", "Helper", "Handler", "Util", "Utils", "Store"})
CONTRACT_SUFFIXES = ("Repository", "Port", "Gateway", "DAO", "Dao")
ROLE_MODULES = frozenset({Role.SERVICE, Role.REPOSITORY})


def detect(module: Module) -> Iterator[Hit]:
    """One hit per misnamed class, at its `class` line."""
    classes = local_classes(module)
    contracts = {
        name
        for name, node in classes.items()
        if is_protocol(module, node) or is_abstract(module, node)
    }
    injected = {
        name
        for node in classes.values()
        for parameter in _parameters(node)
        if (name := annotation_class(parameter.annotation)) is not None
    }
    for node in module.nodes(ast.ClassDef):
        if node.name.startswith("_"):
            continue
        reason = _reason(module, node, contracts, injected)
        if reason:
            yield Hit.at(node, reason)


def _reason(
    module: Module, node: ast.ClassDef, contracts: set[str], injected: set[str]
) -> str | None:
    words = cap_words(node.name)
    if len(words) < 2:
        return None
    in_role_module = module.role in ROLE_MODULES
    if in_role_module or node.name in injected:
        reason = _contract_reason(module, node, words)
        if reason:
            return reason
    return _implementation_reason(module, node, words, contracts, in_role_module)


def _contract_reason(
    module: Module, node: ast.ClassDef, words: list[str]
) -> str | None:
    """A contract (port) named like an interface or a base class."""
    name = node.name
    protocol = is_protocol(module, node)
    if (protocol or is_abstract(module, node)) and (
        words[0] == "I" or words[-1] == "Interface"
    ):
        return (
            f"contract `{name}` carries an interface marker; name it "
            "`{Capability}Port` or `{Resource}Repository`"
        )
    if protocol and words[0] in {"Base", "Abstract"} and not _extended(module, name):
        return (
            f"contract `{name}` is named like a base class; name it "
            "`{Capability}Port` or `{Resource}Repository`"
        )
    return None


def _implementation_reason(
    module: Module,
    node: ast.ClassDef,
    words: list[str],
    contracts: set[str],
    in_role_module: bool,
) -> str | None:
    """A storage or service class whose suffix hides what it is."""
    name = node.name
    if "DAO" in words or "Dao" in words:
        protocol = is_protocol(module, node)
        return f"`{name}` names no role; {_storage_advice(module, node, protocol)}"
    if words[-1] == "Impl" and (in_role_module or _holds_session(module, node)):
        return (
            f"`{name}` says it implements something but not with what; name it "
            "after its technology, e.g. `SqlAlchemy{Resource}Repository`"
        )
    if words[-1] in VAGUE_SUFFIXES and (
        in_role_module or _takes_contract(node, contracts)
    ):
        return (
            f"`{name}` hides its role behind `{words[-1]}`; a class holding use "
            "cases is `{Resource}Service`, one storing data a `...Repository`"
        )
    return None


def _extended(module: Module, name: str) -> bool:
    """Whether another class of the module derives from `name` (a real base)."""
    return any(
        isinstance(base, ast.Name) and base.id == name
        for node in module.nodes(ast.ClassDef)
        for base in node.bases
    )


def _storage_advice(module: Module, node: ast.ClassDef, protocol: bool) -> str:
    if protocol:
        return "a storage contract is `{Resource}Repository`"
    if _holds_session(module, node):
        return "a database implementation is `SqlAlchemy{Resource}Repository`"
    return (
        "storage is `{Resource}Repository`, `InMemory{Resource}Repository` for a fake"
    )


def _init(node: ast.ClassDef) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    for item in node.body:
        if (
            isinstance(item, ast.FunctionDef | ast.AsyncFunctionDef)
            and item.name == "__init__"
        ):
            return item
    return None


def _parameters(node: ast.ClassDef) -> list[ast.arg]:
    init = _init(node)
    if init is None:
        return []
    args = init.args
    return [*args.posonlyargs, *args.args, *args.kwonlyargs][1:]


def _holds_session(module: Module, node: ast.ClassDef) -> bool:
    for parameter in _parameters(node):
        annotation = parameter.annotation
        if annotation is None:
            continue
        target = (
            annotation.value if isinstance(annotation, ast.Subscript) else annotation
        )
        if module.qualified_name(target) in SESSION_TYPES:
            return True
    return False


def _takes_contract(node: ast.ClassDef, contracts: set[str]) -> bool:
    for parameter in _parameters(node):
        name = annotation_class(parameter.annotation)
        if name and (name in contracts or name.endswith(CONTRACT_SUFFIXES)):
            return True
    return False
