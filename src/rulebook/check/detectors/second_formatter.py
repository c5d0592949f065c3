"""TOOL-03: black, isort, flake8 or autopep8 set up in a project that uses ruff.

Only in a project where ruff is in use (a `[tool.ruff]` table or a ruff dependency in a
pyproject.toml, a `ruff.toml`, or a ruff pre-commit hook), reports:

- `[tool.black]`, `[tool.isort]` and `[tool.flake8]` tables in a pyproject.toml;
- `black`, `isort`, `autopep8`, `flake8` or a `flake8-*` plugin in the dependencies,
  optional dependencies or dependency groups of a pyproject.toml;
- a `.flake8` or `.isort.cfg` file, and a `[flake8]` or `[isort]` section of a
  `setup.cfg` or `tox.ini`;
- a pre-commit hook with one of those tools' ids.

A project without ruff is left alone: decision C2 lets a repository formatted with
black keep it, as long as ruff's formatter does not also run. pylint is not reported,
since the page allows a checker that only reports. Misses: those tools installed in a
CI step, a Dockerfile or a Makefile, and `requirements*.txt` files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rulebook.check.detectors import Project, ProjectHit
from rulebook.check.detectors._files import (
    files_named,
    get_path,
    load_toml,
    pre_commit_hooks,
    read_text,
    requirement_name,
    table_line,
    table_of_lines,
)

RULE_ID = "TOOL-03"
NAME = "second-formatter"

TOOLS = frozenset({"black", "isort", "flake8", "autopep8"})
HOOK_IDS = frozenset({"black", "black-jupyter", "isort", "flake8", "autopep8"})
DEPENDENCY_TABLES = frozenset(
    {"project", "project.optional-dependencies", "dependency-groups", "tool.uv"}
)
_QUOTED = re.compile(r"""["']([^"']+)["']""")
_SECTION = re.compile(r"^\s*\[(flake8|isort)\]\s*(?:[#;].*)?$")
_WHY = "ruff lints, sorts imports and formats alone (TOOL-03, decision C2)"


def detect_project(project: Project) -> Iterator[ProjectHit]:
    """Report each place a second linter, sorter or formatter is configured."""
    pyprojects: list[tuple[Path, str, dict[str, Any]]] = []
    for shown, disk in files_named(project, "pyproject.toml"):
        text = read_text(disk)
        document = load_toml(text) if text is not None else None
        if text is not None and document is not None:
            pyprojects.append((shown, text, document))
    hook_files: list[tuple[Path, list[tuple[str, int]]]] = []
    for shown, disk in files_named(project, ".pre-commit-config.yaml"):
        text = read_text(disk)
        parsed = pre_commit_hooks(text) if text is not None else None
        if parsed is not None:
            hook_files.append((shown, [(hook.id, hook.id_line) for hook in parsed[1]]))
    if not _uses_ruff(project, pyprojects, hook_files):
        return
    for shown, text, document in pyprojects:
        yield from _pyproject_hits(shown, text, document)
    for shown, hooks in hook_files:
        for ident, line in hooks:
            if ident in HOOK_IDS:
                yield ProjectHit(
                    shown, line, 1, f"a {ident} pre-commit hook beside ruff; {_WHY}"
                )
    yield from _config_file_hits(project)


def _config_file_hits(project: Project) -> Iterator[ProjectHit]:
    for shown, _disk in files_named(project, ".flake8", ".isort.cfg"):
        yield ProjectHit(
            shown, 1, 1, f"a {shown.name} configuration beside ruff; {_WHY}"
        )
    for shown, disk in files_named(project, "setup.cfg", "tox.ini"):
        text = read_text(disk) or ""
        for number, line in enumerate(text.splitlines(), start=1):
            match = _SECTION.match(line)
            if match:
                yield ProjectHit(
                    shown,
                    number,
                    1,
                    f"a [{match.group(1)}] section beside ruff; {_WHY}",
                )


def _uses_ruff(
    project: Project,
    pyprojects: list[tuple[Path, str, dict[str, Any]]],
    hook_files: list[tuple[Path, list[tuple[str, int]]]],
) -> bool:
    if any(True for _ in files_named(project, "ruff.toml", ".ruff.toml")):
        return True
    for _shown, _text, document in pyprojects:
        if get_path(document, "tool.ruff") is not None:
            return True
        if "ruff" in {
            requirement_name(item) for item, _table in _requirements(document)
        }:
            return True
    return any(
        ident.startswith("ruff") for _shown, hooks in hook_files for ident, _ in hooks
    )


def _requirements(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """Every requirement string of the document, with the table it is written in."""
    lists: list[tuple[Any, str]] = [
        (get_path(document, "project.dependencies"), "project"),
        (get_path(document, "tool.uv.dev-dependencies"), "tool.uv"),
    ]
    for table in ("project.optional-dependencies", "dependency-groups"):
        groups = get_path(document, table)
        if isinstance(groups, dict):
            lists.extend((items, table) for items in groups.values())
    for items, table in lists:
        if isinstance(items, list):
            for item in items:
                if isinstance(item, str):
                    yield item, table


def _is_tool(requirement: str) -> bool:
    name = requirement_name(requirement)
    return name in TOOLS or name.startswith("flake8-")


def _pyproject_hits(
    shown: Path, text: str, document: dict[str, Any]
) -> Iterator[ProjectHit]:
    for tool in ("black", "isort", "flake8"):
        if get_path(document, f"tool.{tool}") is not None:
            line = table_line(text, f"tool.{tool}")
            if line is not None:
                yield ProjectHit(
                    shown,
                    line,
                    1,
                    f"[tool.{tool}] configures {tool} beside ruff; {_WHY}",
                )
    offending = {item for item, _table in _requirements(document) if _is_tool(item)}
    if not offending:
        return
    tables = table_of_lines(text)
    for number, row in enumerate(text.splitlines(), start=1):
        if tables[number - 1] not in DEPENDENCY_TABLES:
            continue
        for match in _QUOTED.finditer(row.split("#", 1)[0]):
            if match.group(1) in offending:
                name = requirement_name(match.group(1))
                yield ProjectHit(
                    shown, number, 1, f"{name} is a dependency beside ruff; {_WHY}"
                )
                break
