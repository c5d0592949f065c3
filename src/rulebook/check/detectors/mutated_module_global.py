"""AP-PY05: a module-level dict, list or set changed in place inside a function.

Matches a private (`_cache`) or constant-style (`CACHE`) module-level name bound to
a mutable container (a `{}`, `[]` or `{...}` literal or comprehension, or a call of
`dict`, `list`, `set`, `defaultdict`, `OrderedDict`, `Counter` or `deque`) that a
function or method of the same module changes: `NAME[key] = ...`,
`NAME[key] += ...`, `del NAME[key]`, or a call of one of its mutating methods
(`.append`, `.add`, `.update`, `.pop`, `.setdefault`, `.clear`, ...). Each line is
reported once. ruff's PLW0603 reports the other form,
a `global` statement that rebinds the name.

Misses: lower-case public names (`cache = {}`, `orders = []`), which scripts and
small programs use for their own working data far more often than libraries and
services do; containers imported from another module (`from app.cache import CACHE`),
class attributes used as registries, objects with their own mutating methods (a
client, a `Lock`-guarded counter class), `functools.cache` over changing data, and
containers reached through an alias (`cache = CACHE; cache[key] = ...`). Not
reported: a function that binds the name locally (a parameter or an assignment
without `global`), and registration helpers, which fill a registry while the
modules load and leave it unchanged afterwards: decorators that return the function
or class they were given. Such a decorator applied at runtime is missed too.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.finding import Hit
from rulebook.check.module import FUNCTIONS, Module

RULE_ID = "AP-PY05"
NAME = "mutated-module-global"

CONTAINER_LITERALS = (
    ast.Dict,
    ast.List,
    ast.Set,
    ast.DictComp,
    ast.ListComp,
    ast.SetComp,
)
CONTAINER_FACTORIES = frozenset(
    {
        "dict",
        "list",
        "set",
        "collections.defaultdict",
        "collections.OrderedDict",
        "collections.Counter",
        "collections.deque",
    }
)
MUTATORS = frozenset(
    {
        "append",
        "appendleft",
        "extend",
        "extendleft",
        "insert",
        "remove",
        "pop",
        "popleft",
        "popitem",
        "clear",
        "update",
        "setdefault",
        "add",
        "discard",
        "difference_update",
        "intersection_update",
        "symmetric_difference_update",
        "sort",
        "reverse",
        "rotate",
        "__setitem__",
        "__delitem__",
    }
)


def detect(module: Module) -> Iterator[Hit]:
    """Report in-place changes of module-level containers inside functions."""
    containers = _module_containers(module)
    if not containers:
        return
    seen: set[int] = set()
    for node, name, how in _mutations(module, containers):
        function = module.enclosing_function(node)
        if function is None or _registers(module, function):
            continue
        if name in _local_names(function) or node.lineno in seen:
            continue
        seen.add(node.lineno)
        yield Hit.at(
            node,
            f"`{function.name}` changes the module-level `{name}` in place ({how}); "
            "state shared by every request and test belongs in an object the "
            "application creates and passes in",
        )


def _module_containers(module: Module) -> set[str]:
    names: set[str] = set()
    for statement in module.tree.body:
        for node in _module_level(statement):
            targets: list[ast.expr]
            if isinstance(node, ast.Assign):
                targets, value = node.targets, node.value
            elif isinstance(node, ast.AnnAssign) and node.value is not None:
                targets, value = [node.target], node.value
            else:
                continue
            if _is_container(module, value):
                names.update(
                    t.id
                    for t in targets
                    if isinstance(t, ast.Name) and _is_module_state_name(t.id)
                )
    return names


def _is_module_state_name(name: str) -> bool:
    """`_cache` (private to the module) or `CACHE` (written as a constant)."""
    return (name.startswith("_") and not name.startswith("__")) or (
        name.isupper() and any(character.isalpha() for character in name)
    )


def _module_level(statement: ast.stmt) -> Iterator[ast.stmt]:
    """The statement, or the statements of a module-level `if` or `try`."""
    yield statement
    if isinstance(statement, ast.If | ast.Try):
        for block in (
            statement.body,
            statement.orelse,
            getattr(statement, "finalbody", []),
        ):
            for inner in block:
                yield from _module_level(inner)
        for handler in getattr(statement, "handlers", []):
            for inner in handler.body:
                yield from _module_level(inner)


def _is_container(module: Module, value: ast.expr) -> bool:
    if isinstance(value, CONTAINER_LITERALS):
        return True
    return (
        isinstance(value, ast.Call)
        and module.qualified_name(value.func) in CONTAINER_FACTORIES
    )


def _mutations(
    module: Module, containers: set[str]
) -> Iterator[tuple[ast.expr, str, str]]:
    for subscript in module.nodes(ast.Subscript):
        if (
            isinstance(subscript.ctx, ast.Store | ast.Del)
            and isinstance(subscript.value, ast.Name)
            and subscript.value.id in containers
        ):
            verb = "del" if isinstance(subscript.ctx, ast.Del) else "item assignment"
            yield subscript, subscript.value.id, verb
    for call in module.nodes(ast.Call):
        func = call.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in MUTATORS
            and isinstance(func.value, ast.Name)
            and func.value.id in containers
        ):
            yield call, func.value.id, f"`.{func.attr}()`"


def _registers(module: Module, function: ast.AST) -> bool:
    """A registering decorator: it returns the function or class it was given
    (`_handlers[name] = fn; return fn`), and runs while the modules load."""
    assert isinstance(function, FUNCTIONS)  # noqa: S101 - enclosing_function
    arguments = {a.arg for a in (*function.args.posonlyargs, *function.args.args)}
    return any(
        isinstance(node, ast.Return)
        and isinstance(node.value, ast.Name)
        and node.value.id in arguments
        and module.enclosing_function(node) is function
        for node in ast.walk(function)
    )


def _local_names(function: ast.AST) -> set[str]:
    """Names a function binds locally: parameters and assignments without `global`."""
    assert isinstance(function, FUNCTIONS)  # noqa: S101 - enclosing_function
    arguments = function.args
    names = {
        a.arg
        for a in (
            *arguments.posonlyargs,
            *arguments.args,
            *arguments.kwonlyargs,
            arguments.vararg,
            arguments.kwarg,
        )
        if a is not None
    }
    declared: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Global | ast.Nonlocal):
            declared.update(node.names)
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
    return names - declared
