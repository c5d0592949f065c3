"""ASYNC-03: a Celery task queued inside a database transaction, not after its commit.

Matches `task.delay(...)` and `task.apply_async(...)` written inside a
`with transaction.atomic():` block or in a function decorated
`@transaction.atomic`, where `task` is a Celery task the module can see: a function
of the module decorated `@<app>.task`, `@app.task(...)` or `@shared_task`, or a name
imported from a `tasks` module (`from .tasks import send_receipt`). The worker may
run the task before the commit (and not find the row), or for work that is then
rolled back (a receipt for an order that no longer exists). Reported at the call.

Queuing through `transaction.on_commit(lambda: task.delay(...))` passes, since the
lambda runs after the commit. Misses: tasks reached as attributes
(`tasks.send_receipt.delay`), a transaction opened by the caller or by
`ATOMIC_REQUESTS`, `send_task("name")`, and other queues (RQ, Dramatiq). Whether a
task retries when it fails, and whether its work is durable (a job row), is for a
reviewer: a task without retries suits work whose loss nobody notices.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import imported_from
from rulebook.check.finding import Hit
from rulebook.check.module import FUNCTIONS, Module

RULE_ID = "ASYNC-03"
NAME = "task-sent-in-transaction"

ATOMIC = frozenset({"django.db.transaction.atomic"})
SEND_METHODS = frozenset({"delay", "apply_async"})
SHARED_TASK = frozenset({"celery.shared_task"})
TASK_MODULES = frozenset({"tasks"})


def detect(module: Module) -> Iterator[Hit]:
    """Report each task queued from inside a transaction."""
    if "atomic" not in module.source or not any(
        name.startswith("django.db") for name in module.imports.values()
    ):
        return
    tasks = _tasks(module)
    if not tasks:
        return
    for call in module.nodes(ast.Call):
        func = call.func
        if (
            isinstance(func, ast.Attribute)
            and func.attr in SEND_METHODS
            and isinstance(func.value, ast.Name)
            and func.value.id in tasks
            and _in_transaction(module, call)
        ):
            yield Hit.at(
                call,
                f"`{func.value.id}.{func.attr}()` inside a transaction may run "
                "before the commit, or for work that is rolled back; queue it with "
                "`transaction.on_commit(...)`, or write a job row in the transaction",
            )


def _tasks(module: Module) -> set[str]:
    """Names of the Celery tasks the module defines or imports from `tasks`."""
    names = set(imported_from(module, TASK_MODULES))
    for function in module.nodes(*FUNCTIONS):
        for decorator in function.decorator_list:
            target = decorator.func if isinstance(decorator, ast.Call) else decorator
            if (
                isinstance(target, ast.Attribute) and target.attr == "task"
            ) or module.qualified_name(target) in SHARED_TASK:
                names.add(function.name)
    return names


def _in_transaction(module: Module, call: ast.Call) -> bool:
    """Inside a `with transaction.atomic()` block or an `@transaction.atomic`
    function, not entering a lambda or nested function (they run later)."""
    for ancestor in module.ancestors(call):
        if isinstance(ancestor, ast.Lambda):
            return False
        if isinstance(ancestor, ast.With) and any(
            _is_atomic(module, item.context_expr) for item in ancestor.items
        ):
            return True
        if isinstance(ancestor, FUNCTIONS):
            return any(_is_atomic(module, d) for d in ancestor.decorator_list)
    return False


def _is_atomic(module: Module, node: ast.expr) -> bool:
    target = node.func if isinstance(node, ast.Call) else node
    return module.qualified_name(target) in ATOMIC
