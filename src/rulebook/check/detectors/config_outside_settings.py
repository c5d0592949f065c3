"""CONF-01: configuration read from the environment by hand, or written into the code.

Matches, outside settings modules (`settings.py`, `config.py`), tests and migrations:

- `os.getenv(...)`, `os.environ.get(...)` and `os.environ[...]` read as a value
  (writes, `del`, `setdefault` and `patch.dict(os.environ, ...)` are not reads);
- a string literal that is a database or broker URL with a host
  (`postgresql://db.internal/shop`, `redis://cache:6379/0`) assigned to a name or passed
  to a call, outside a pydantic-settings class (a default there is a settings question).

Misses: other hard-coded values that vary by deployment (host names, timeouts, bucket
names, `DEBUG = True`), which look like any constant; URLs built from pieces; and
environment reads through another name (`from os import environ as env` is followed,
`env = os.environ` is not). `sqlite://` URLs carry no host and are not reported.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from rulebook.check.finding import Hit
from rulebook.check.module import Module, Role

RULE_ID = "CONF-01"
NAME = "config-outside-settings"

EXEMPT_ROLES = frozenset({Role.SETTINGS, Role.TESTS, Role.MIGRATION})
ENVIRON = frozenset({"os.environ"})
GETTERS = frozenset({"os.getenv", "os.environ.get"})
_URL = re.compile(
    r"(?:postgres|postgresql|mysql|mariadb|mssql|oracle|mongodb|mongodb\+srv|redis|"
    r"rediss|amqp|amqps|kafka)(?:\+[a-z0-9_]+)?://(?:[^@/\s]*@)?[A-Za-z0-9][^/\s]*"
    r"(?:/\S*)?",
    re.IGNORECASE,
)


def detect(module: Module) -> Iterator[Hit]:
    """Report hand-read environment variables and hard-coded connection URLs."""
    if module.role in EXEMPT_ROLES:
        return
    reported: set[int] = set()
    for call in module.nodes(ast.Call):
        name = module.qualified_name(call.func)
        if name in GETTERS and call.lineno not in reported:
            reported.add(call.lineno)
            yield Hit.at(
                call,
                f"{name}() reads the environment by hand: a string, unvalidated, "
                "outside the settings; add a field to the pydantic-settings class",
            )
    for subscript in module.nodes(ast.Subscript):
        if (
            isinstance(subscript.ctx, ast.Load)
            and module.qualified_name(subscript.value) in ENVIRON
            and subscript.lineno not in reported
        ):
            reported.add(subscript.lineno)
            yield Hit.at(
                subscript,
                "os.environ[...] reads the environment by hand outside the settings; "
                "add a field to the pydantic-settings class",
            )
    for constant in module.nodes(ast.Constant):
        if (
            isinstance(constant.value, str)
            and _URL.fullmatch(constant.value)
            and constant.lineno not in reported
            and _is_configured_value(module, constant)
        ):
            reported.add(constant.lineno)
            yield Hit.at(
                constant,
                "a connection URL written into the code is the same in every "
                "deployment; read it from the settings",
            )


def _is_configured_value(module: Module, constant: ast.Constant) -> bool:
    """Assigned to a name or passed to a call, and not a settings class default."""
    parent = module.parent(constant)
    if isinstance(parent, ast.keyword):
        parent = module.parent(parent)
    if isinstance(parent, ast.Call):
        return True
    if not isinstance(parent, ast.Assign | ast.AnnAssign):
        return False
    owner = module.enclosing_class(constant)
    return owner is None or not any(
        (module.qualified_name(base) or "").endswith("BaseSettings")
        for base in owner.bases
    )
