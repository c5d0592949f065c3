"""DATA-01: a repository that ends the transaction itself.

Matches a `.commit()` call, awaited or not (`self.session.commit()`,
`await self._session.commit()`, `conn.commit()`), in a method of a class whose name
ends in `Repository` or `Repo`, and in any function of a module whose file name gives
it the repository role (`repository.py`, `repositories.py`). Nested helper functions
inside such a method count as the method.

Django's form: each step opens its own transaction and the use case opens none. In a
module that imports `django.db.transaction`, a function that is not itself atomic
and calls, outside any `with transaction.atomic():` block, functions of the same
module that are atomic (decorated `@transaction.atomic` or `@transaction.atomic(...)`,
or whose body is one `with transaction.atomic():` block) in two or more places turns
one business operation into several commits. Each such step is reported once, at its
decorator (or its `with`). One step called in a loop is left alone: a batch that
commits item by item is often meant to.

Misses: commits in other helpers that are not use cases (a model method, a domain
function, a utility module), commits hidden behind a call (`self.uow.complete()`),
`session.begin()` blocks opened and closed inside a repository method (they commit
too), and `isolation_level="AUTOCOMMIT"` engines. In Django: atomic steps defined in
another module or called as methods, and plain ORM writes in a use case with no
transaction (Django's autocommit commits each one). A caller that is itself run
inside a transaction (a view under `ATOMIC_REQUESTS = True`, or a caller's caller
that opens one) is reported although its steps only set savepoints; suppress it
with that reason. A repository that commits on purpose, such as an outbox writer
that must survive a failure, needs a suppression with its reason.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import Function, functions, walk_body
from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "DATA-01"
NAME = "commit-in-repository"

REPOSITORY_SUFFIXES = ("Repository", "Repo")
ATOMIC = frozenset({"django.db.transaction.atomic"})


def detect(module: Module) -> Iterator[Hit]:
    """Report each commit inside a repository class or repository module, and
    Django steps that each commit their own transaction."""
    yield from _atomic_steps(module)
    for call in module.nodes(ast.Call):
        func = call.func
        if not isinstance(func, ast.Attribute) or func.attr != "commit" or call.args:
            continue
        function = module.enclosing_function(call)
        if function is None:
            continue
        owner = module.enclosing_class(call)
        if owner is not None and owner.name.endswith(REPOSITORY_SUFFIXES):
            where = f"repository `{owner.name}`"
        elif module.role is Role.REPOSITORY:
            where = f"repository module `{module.path.name}`"
        else:
            continue
        yield Hit.at(
            call,
            f"`{module.segment(func)}()` in `{function.name}` of {where} ends the "
            "caller's transaction halfway through its use case; flush here and let "
            "the use case commit",
        )


def _atomic_steps(module: Module) -> Iterator[Hit]:
    if "atomic" not in module.source or not any(
        name.startswith("django.db") for name in module.imports.values()
    ):
        return
    steps: dict[str, ast.AST] = {}
    for function in functions(module):
        where = _atomic_marker(module, function)
        if where is not None and isinstance(module.parent(function), ast.Module):
            steps[function.name] = where
    if not steps:
        return
    reported: set[str] = set()
    for caller in functions(module):
        if caller.name in steps:
            continue
        calls = [
            node
            for node in walk_body(caller)
            if isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in steps
            and not _in_atomic_block(module, node, caller)
        ]
        if len(calls) < 2:
            continue
        for call in calls:
            assert isinstance(call.func, ast.Name)  # noqa: S101 - filtered above
            name = call.func.id
            if name in reported:
                continue
            reported.add(name)
            yield Hit.at(
                steps[name],
                f"`{name}` commits its own transaction, and `{caller.name}` runs it "
                "with other steps outside any transaction, so a later failure leaves "
                "it committed; open `transaction.atomic()` in the use case and drop "
                "it from the step",
            )


def _atomic_marker(module: Module, function: Function) -> ast.AST | None:
    """The `@transaction.atomic` decorator, or the `with transaction.atomic()` that
    is the whole body, of an atomic function."""
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if module.qualified_name(target) in ATOMIC:
            return decorator
    body = [
        statement
        for statement in function.body
        if not (
            isinstance(statement, ast.Expr)
            and isinstance(statement.value, ast.Constant)
        )
    ]
    if len(body) == 1 and _is_atomic_with(module, body[0]):
        return body[0]
    return None


def _is_atomic_with(module: Module, node: ast.AST) -> bool:
    return isinstance(node, ast.With) and any(
        isinstance(item.context_expr, ast.Call)
        and module.qualified_name(item.context_expr.func) in ATOMIC
        for item in node.items
    )


def _in_atomic_block(module: Module, node: ast.AST, caller: Function) -> bool:
    for ancestor in module.ancestors(node):
        if ancestor is caller:
            return False
        if _is_atomic_with(module, ancestor):
            return True
    return False
