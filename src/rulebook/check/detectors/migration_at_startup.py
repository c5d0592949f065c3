"""DATA-06: a schema migration that runs while the application starts.

Matches a migration call in start-up code: a function passed as `lifespan=` or in
`on_startup=[...]`, an `@app.on_event("startup")` handler, or a Django
`AppConfig.ready()`; and in a function of the same module that start-up code calls
by name (one level deep). A migration call is:

- `alembic.command.upgrade(...)`, `downgrade(...)` or `stamp(...)`;
- any `alembic.op` operation (`op.create_index(...)`, `op.add_column(...)`);
- `<metadata>.create_all(...)` or `drop_all(...)` on a `.metadata` attribute or a
  name ending in `metadata`, also when handed over as
  `conn.run_sync(Base.metadata.create_all)`;
- Django's `call_command("migrate")`;
- a command list holding `"alembic"` and `"upgrade"` (`subprocess.run([...])`).

Misses: migrations one more call away or in another module, `create_all` at import
time of an app module (scripts and examples do that on purpose), entrypoint scripts
and container commands (`alembic upgrade head && uvicorn ...`), which are not Python.
A throwaway test database created in a test's lifespan is reported too; the rule
allows it, so suppress that line with a reason.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._layers import Function, first_per_line, walk_body
from rulebook.check.detectors._web import startup_functions
from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "DATA-06"
NAME = "migration-at-startup"

ALEMBIC_COMMANDS = frozenset(
    {"alembic.command.upgrade", "alembic.command.downgrade", "alembic.command.stamp"}
)
DJANGO_CALL_COMMAND = "django.core.management.call_command"


def detect(module: Module) -> Iterator[Hit]:
    """Report each migration call reached from an app's start-up code."""
    startup = startup_functions(module)
    if not startup:
        return
    helpers = {
        node.name: node
        for node in module.tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    checked: dict[int, tuple[Function, str]] = {}
    for function in startup:
        checked[id(function)] = (function, f"start-up hook `{function.name}`")
    for function in startup:
        for node in walk_body(function):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in helpers
            ):
                helper = helpers[node.func.id]
                checked.setdefault(
                    id(helper),
                    (
                        helper,
                        f"`{helper.name}`, called by start-up hook `{function.name}`",
                    ),
                )
    found: list[tuple[ast.AST, str]] = []
    for function, where in checked.values():
        for node in walk_body(function):
            if isinstance(node, ast.Call):
                what = _migration(module, node)
                if what:
                    found.append(
                        (
                            node,
                            f"{what} in {where} changes the schema every time a "
                            "process starts; run migrations as a one-off deployment "
                            "step",
                        )
                    )
    for node, message in first_per_line(found):
        yield Hit.at(node, message)


def _migration(module: Module, call: ast.Call) -> str | None:
    """What migration a call runs, as shown in the message, or None."""
    name = module.qualified_name(call.func) or ""
    if name in ALEMBIC_COMMANDS:
        return f"`{name}()`"
    if name.startswith("alembic.op."):
        return f"`op.{name.rsplit('.', 1)[-1]}()`"
    if _is_metadata_ddl(call.func):
        return f"`{module.segment(call.func)}()`"
    if name == DJANGO_CALL_COMMAND:
        first = call.args[0] if call.args else None
        is_migrate = isinstance(first, ast.Constant) and first.value == "migrate"
        return '`call_command("migrate")`' if is_migrate else None
    return _migration_argument(module, call)


def _migration_argument(module: Module, call: ast.Call) -> str | None:
    """A migration handed to a call: `run_sync(Base.metadata.create_all)`, or a
    command list `["alembic", "upgrade", "head"]`."""
    for argument in call.args:
        if _is_metadata_ddl(argument):
            return f"`{module.segment(argument)}`"
        if isinstance(argument, ast.List | ast.Tuple):
            words = {
                element.value
                for element in argument.elts
                if isinstance(element, ast.Constant)
            }
            if {"alembic", "upgrade"} <= words:
                return "`alembic upgrade`"
    return None


def _is_metadata_ddl(node: ast.AST) -> bool:
    """`Base.metadata.create_all` or `metadata.drop_all`, called or not."""
    if not isinstance(node, ast.Attribute) or node.attr not in {
        "create_all",
        "drop_all",
    }:
        return False
    owner = node.value
    if isinstance(owner, ast.Attribute):
        return owner.attr == "metadata"
    return isinstance(owner, ast.Name) and owner.id.lower().endswith("metadata")
