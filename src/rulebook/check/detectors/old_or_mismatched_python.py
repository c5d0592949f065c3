"""TOOL-01: pyproject.toml allows Python older than 3.11, or tools target another one.

Reads every `pyproject.toml` of the project and reports:

- `requires-python` whose lowest allowed version is older than 3.11 (`>=3.9`,
  `~=3.10`, `<4` with no lower bound), at its line;
- a `[project]` table without `requires-python`, at the `[project]` header;
- `[tool.ruff] target-version` or `[tool.mypy] python_version` older than 3.11, or
  different from the `requires-python` floor, at its line.

Misses: ruff.toml, mypy.ini and setup.cfg copies of the version, Poetry's
`[tool.poetry.dependencies] python`, the CI matrix and the Docker base image, and
floors it cannot read (`!=` clauses alone, environment markers). A pyproject.toml
without a `[project]` table is not a Python project manifest here and is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from rulebook.check.detectors import Project, ProjectHit
from rulebook.check.detectors._files import (
    files_named,
    get_path,
    key_line,
    load_toml,
    read_text,
    table_line,
)

RULE_ID = "TOOL-01"
NAME = "old-or-mismatched-python"

MINIMUM = (3, 11)
_CLAUSE = re.compile(r"^\s*(===|==|~=|>=|>|<=|<|!=)\s*(\d+)(?:\.(\d+|\*))?")

Version = tuple[int, int]


def detect_project(project: Project) -> Iterator[ProjectHit]:
    """Report old or disagreeing Python versions in each pyproject.toml."""
    for shown, disk in files_named(project, "pyproject.toml"):
        text = read_text(disk)
        document = load_toml(text) if text is not None else None
        if text is None or document is None or "project" not in document:
            continue
        yield from _check(shown, text, document)


def _check(shown: Path, text: str, document: dict[str, object]) -> Iterator[ProjectHit]:
    requires = get_path(document, "project.requires-python")
    floor: Version | None = None
    if not isinstance(requires, str):
        line = table_line(text, "project") or 1
        yield ProjectHit(
            shown,
            line,
            1,
            "[project] has no requires-python: declare the floor, >=3.11 or newer",
        )
    else:
        floor = lowest_allowed(requires)
        line = key_line(text, "project", "requires-python") or 1
        if floor is None:
            yield ProjectHit(
                shown,
                line,
                1,
                f"requires-python {requires!r} sets no lower bound, so any old Python "
                "may install the project; write >=3.11 or newer",
            )
        elif floor < MINIMUM:
            yield ProjectHit(
                shown,
                line,
                1,
                f"requires-python {requires!r} allows Python {_show(floor)}; "
                "the floor must be 3.11 or newer",
            )
    ruff = get_path(document, "tool.ruff.target-version")
    if isinstance(ruff, str):
        match = re.fullmatch(r"py3(\d+)", ruff.strip())
        version = (3, int(match.group(1))) if match else None
        where = key_line(text, "tool.ruff", "target-version")
        if version is not None and where is not None:
            yield from _tool_hit(shown, where, "ruff's target-version", version, floor)
    mypy = get_path(document, "tool.mypy.python_version")
    if isinstance(mypy, str | float):
        match = re.fullmatch(r"(\d+)\.(\d+)", str(mypy).strip())
        version = (int(match.group(1)), int(match.group(2))) if match else None
        where = key_line(text, "tool.mypy", "python_version")
        if version is not None and where is not None:
            yield from _tool_hit(shown, where, "mypy's python_version", version, floor)


def _tool_hit(
    shown: Path, line: int, what: str, version: Version, floor: Version | None
) -> Iterator[ProjectHit]:
    if version < MINIMUM:
        yield ProjectHit(
            shown,
            line,
            1,
            f"{what} is {_show(version)}, older than 3.11; use the project's floor",
        )
    elif floor is not None and version != floor:
        yield ProjectHit(
            shown,
            line,
            1,
            f"{what} is {_show(version)} but requires-python's floor is "
            f"{_show(floor)}; give every tool the same version",
        )


def lowest_allowed(specifier: str) -> Version | None:
    """The lowest Python (major, minor) a `requires-python` specifier allows.

    None when no clause sets a lower bound (`<4`, `!=3.8`) or a clause is unreadable.
    """
    floors: list[Version] = []
    for clause in specifier.split(","):
        if not clause.strip():
            continue
        match = _CLAUSE.match(clause)
        if match is None:
            return None
        operator, major, minor = match.group(1), int(match.group(2)), match.group(3)
        minor_number = int(minor) if minor and minor != "*" else 0
        if operator in {">=", "~=", "==", "===", ">"}:
            floors.append((major, minor_number))
    return max(floors) if floors else None


def _show(version: Version) -> str:
    return f"{version[0]}.{version[1]}"
