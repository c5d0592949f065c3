"""`[tool.rulebook]` in the checked project's `pyproject.toml`.

    [tool.rulebook]
    select = ["AP-PY", "DATA-01"]     # rule IDs or families; default: every rule
    ignore = ["NAME"]
    exclude = ["migrations/legacy"]   # globs, relative to the project root
    projects = ["services/*"]         # folders checked as separate projects
    [tool.rulebook.roles]
    "app/http/*.py" = "routes"        # module roles, when file names don't say

Problems in the table are reported with the key and the fix, and the run goes on
with the rest of the configuration.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rulebook.check.module import Role

KEYS = ("select", "ignore", "exclude", "projects", "roles")
DEFAULT_EXCLUDE = (
    ".git",
    ".venv",
    "venv",
    "node_modules",
    "__pycache__",
    ".mypy_cache",
    ".ruff_cache",
    ".pytest_cache",
    "build",
    "dist",
    "site",
)


@dataclass(frozen=True)
class CheckConfig:
    """The checker's settings; `problems` lists what was wrong in `[tool.rulebook]`."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    projects: tuple[str, ...] = ()
    roles: dict[str, Role] = field(default_factory=dict)
    problems: tuple[str, ...] = ()
    source: Path | None = None


def find_pyproject(start: Path) -> Path | None:
    """The nearest `pyproject.toml` at or above `start`."""
    start = start.resolve()
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def read_config(pyproject: Path | None) -> CheckConfig:
    """Read `[tool.rulebook]`; a missing file or table gives the defaults."""
    if pyproject is None:
        return CheckConfig()
    where = f"{pyproject}: [tool.rulebook]"
    try:
        document = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        return CheckConfig(
            problems=(f"{pyproject}: not valid TOML ({error}); fix the file",),
            source=pyproject,
        )
    table = document.get("tool", {}).get("rulebook", {})
    if not isinstance(table, dict):
        return CheckConfig(
            problems=(f"{where} must be a table; write it as [tool.rulebook]",),
            source=pyproject,
        )
    problems: list[str] = []
    for key in table:
        if key not in KEYS:
            problems.append(
                f"{where}: unknown key '{key}'; use one of: {', '.join(KEYS)}"
            )
    lists = {key: _string_list(table, key, where, problems) for key in KEYS[:4]}
    roles: dict[str, Role] = {}
    raw_roles: Any = table.get("roles", {})
    if not isinstance(raw_roles, dict):
        problems.append(f"{where}: 'roles' must be a table of glob = role")
    else:
        allowed = ", ".join(role.value for role in Role)
        for pattern, value in raw_roles.items():
            if value in {role.value for role in Role}:
                roles[pattern] = Role(value)
            else:
                problems.append(
                    f"{where}: roles.'{pattern}' = {value!r} is not a role; "
                    f"use one of: {allowed}"
                )
    return CheckConfig(
        select=lists["select"],
        ignore=lists["ignore"],
        exclude=lists["exclude"],
        projects=lists["projects"],
        roles=roles,
        problems=tuple(problems),
        source=pyproject,
    )


def _string_list(
    table: dict[str, Any], key: str, where: str, problems: list[str]
) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return tuple(value)
    problems.append(f"{where}: '{key}' must be a list of strings, e.g. {key} = [...]")
    return ()
