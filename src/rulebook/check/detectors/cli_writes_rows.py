"""AP-PY19: a CLI command or admin script that writes business data itself.

A command is a function decorated with `click.command`, `click.group`, or a
`.command(...)` of a click group or Typer app; a function that builds an
`argparse.ArgumentParser`; or the `handle` method of a Django management command
(a class deriving from `BaseCommand`). Inside one, it matches the writes that skip
the core:

- `session.add`, `add_all`, `delete`, `merge`, `bulk_save_objects`,
  `bulk_insert_mappings`, `bulk_update_mappings` on a session the command holds
  (a parameter typed `Session`, or one it opens: `with Session(engine) as s`);
- `session.execute(update(...))`, `insert(...)`, `delete(...)` or `text(...)`;
- an attribute assigned on a row the command loaded from its session
  (`customer = session.get(Customer, 1)` then `customer.credit += 10`);
- Django: `Model.objects....create/update/delete/bulk_create/bulk_update/
  get_or_create/update_or_create(...)`, and `.save()` or `.delete()` on a row loaded
  through `Model.objects`.

Reads are not reported (the rule lets reports query directly), nor is opening a
session to hand it to a core operation. Misses: writes in a helper the command
calls, raw DB-API cursors, scripts that run at module level with no command function,
and writes through objects the command did not load itself.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import (
    SQL_TEXT,
    STATEMENT_WRITES,
    Function,
    first_per_line,
    functions,
    session_names,
    walk_body,
)
from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "AP-PY19"
NAME = "cli-writes-rows"

CLI_DECORATORS = frozenset({"click.command", "click.group", "typer.Typer.command"})
CLI_PACKAGES = frozenset({"argparse", "click", "typer", "django"})
ARGUMENT_PARSERS = frozenset({"argparse.ArgumentParser"})
DJANGO_COMMANDS = frozenset(
    {
        "django.core.management.BaseCommand",
        "django.core.management.base.BaseCommand",
    }
)
SESSION_WRITES = frozenset(
    {
        "add",
        "add_all",
        "delete",
        "merge",
        "bulk_save_objects",
        "bulk_insert_mappings",
        "bulk_update_mappings",
    }
)
SESSION_READS = frozenset({"get", "get_one", "scalar", "scalars", "execute", "query"})
MANAGER_WRITES = frozenset(
    {
        "create",
        "update",
        "delete",
        "bulk_create",
        "bulk_update",
        "get_or_create",
        "update_or_create",
    }
)
ROW_WRITES = frozenset({"save", "delete"})


def detect(module: Module) -> Iterator[Hit]:
    """Report the writes a command function makes without a core operation."""
    if not any(name.split(".")[0] in CLI_PACKAGES for name in module.imports.values()):
        return
    parsers = {
        module.enclosing_function(call)
        for call in module.nodes(ast.Call)
        if module.qualified_name(call.func) in ARGUMENT_PARSERS
    }
    for function in functions(module):
        kind = "command" if function in parsers else _command_kind(module, function)
        if kind is None:
            continue
        found = list(_writes(module, function, kind))
        for node, message in first_per_line(found):
            yield Hit.at(node, message)


def _command_kind(module: Module, function: Function) -> str | None:
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        name = module.qualified_name(target) or ""
        if name in CLI_DECORATORS or (
            isinstance(target, ast.Attribute)
            and target.attr == "command"
            and _imports_cli(module)
        ):
            return "command"
    if function.name == "handle" and _in_django_command(module, function):
        return "management command"
    return None


def _imports_cli(module: Module) -> bool:
    return any(
        name.split(".")[0] in {"click", "typer"} for name in module.imports.values()
    )


def _in_django_command(module: Module, function: Function) -> bool:
    owner = module.parent(function)
    return isinstance(owner, ast.ClassDef) and any(
        module.qualified_name(base) in DJANGO_COMMANDS for base in owner.bases
    )


def _writes(
    module: Module, function: Function, kind: str
) -> Iterator[tuple[ast.AST, str]]:
    where = f"{kind} `{function.name}`"
    advice = "call the core operation that owns this write"
    sessions = session_names(module, function)
    rows: set[str] = set()
    body = list(walk_body(function))
    for node in body:
        if isinstance(node, ast.Assign) and _loads_row(node.value, sessions):
            rows.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif (
            isinstance(node, ast.For | ast.AsyncFor)
            and isinstance(node.target, ast.Name)
            and _loads_row(node.iter, sessions)
        ):
            rows.add(node.target.id)
    for node in body:
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            receiver = node.func.value
            method = node.func.attr
            if isinstance(receiver, ast.Name) and receiver.id in sessions:
                if method in SESSION_WRITES or (
                    method == "execute" and _is_write_statement(module, node)
                ):
                    yield (
                        node,
                        f"{where} writes through `{receiver.id}.{method}()`; {advice}",
                    )
            elif method in MANAGER_WRITES and _on_manager(receiver):
                yield node, f"{where} writes with `.objects...{method}()`; {advice}"
            elif (
                method in ROW_WRITES
                and isinstance(receiver, ast.Name)
                and receiver.id in rows
            ):
                yield node, f"{where} saves `{receiver.id}` itself; {advice}"
        elif isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if (
                    isinstance(target, ast.Attribute)
                    and isinstance(target.value, ast.Name)
                    and target.value.id in rows
                ):
                    yield (
                        node,
                        f"{where} changes `{target.value.id}.{target.attr}` on a row "
                        f"it loaded itself; {advice}",
                    )


def _loads_row(value: ast.AST | None, sessions: set[str]) -> bool:
    """`session.get(...)`, `session.scalars(...).one()`, `Model.objects.get(...)`."""
    while isinstance(value, ast.Call | ast.Attribute | ast.Await):
        if isinstance(value, ast.Await):
            value = value.value
            continue
        if isinstance(value, ast.Call):
            value = value.func
            continue
        if (
            isinstance(value.value, ast.Name)
            and value.value.id in sessions
            and value.attr in SESSION_READS
        ):
            return True
        if value.attr == "objects" and isinstance(value.value, ast.Name):
            return True
        value = value.value
    return False


def _on_manager(receiver: ast.expr) -> bool:
    """Whether a call's receiver chain passes through `Model.objects`."""
    node: ast.AST = receiver
    while isinstance(node, ast.Call | ast.Attribute):
        if isinstance(node, ast.Attribute):
            if node.attr == "objects" and isinstance(node.value, ast.Name):
                return True
            node = node.value
        else:
            node = node.func
    return False


def _is_write_statement(module: Module, call: ast.Call) -> bool:
    if not call.args:
        return False
    statement = call.args[0]
    while isinstance(statement, ast.Call) and isinstance(statement.func, ast.Attribute):
        statement = statement.func.value  # update(X).where(...).values(...)
    if not isinstance(statement, ast.Call):
        return False
    name = module.qualified_name(statement.func)
    if name in STATEMENT_WRITES:
        return True
    if name in SQL_TEXT and statement.args:
        sql = statement.args[0]
        return (
            isinstance(sql, ast.Constant)
            and isinstance(sql.value, str)
            and not sql.value.lstrip().upper().startswith(("SELECT", "WITH", "SHOW"))
        )
    return False
