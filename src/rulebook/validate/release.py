"""No rule is published `since` a version the project has not reached yet.

The project's version is `[project] version` in the rulebook's `pyproject.toml`, or,
without that file, the installed `rulebook` package's version.
"""

from __future__ import annotations

import importlib.metadata
import tomllib
from collections.abc import Iterable
from pathlib import Path

from rulebook.rules.model import Rule
from rulebook.rules.problems import Problem

PYPROJECT = Path("pyproject.toml")


def project_version(root: Path) -> str:
    """The version the rulebook at `root` is at."""
    path = root / PYPROJECT
    if path.is_file():
        project = tomllib.loads(path.read_text()).get("project", {})
        version = project.get("version") if isinstance(project, dict) else None
        if isinstance(version, str):
            return version
    return importlib.metadata.version("rulebook")


def version_key(version: str) -> tuple[int, ...]:
    """`0.10.2` as (0, 10, 2), for comparing; non-numeric parts count as 0."""
    return tuple(int(part) if part.isdigit() else 0 for part in version.split("."))


def unreleased_since(rules: Iterable[Rule], version: str) -> list[Problem]:
    """Rules whose `since` is later than the project's version."""
    return [
        Problem(
            rule.page,
            rule.line_of("since"),
            rule.id,
            f"field 'since': {rule.since} is later than the rulebook's version "
            f"{version}",
            f'set since: "{version}" (the version that first publishes the rule), '
            f"or raise [project] version in {PYPROJECT} when releasing",
        )
        for rule in rules
        if version_key(rule.since) > version_key(version)
    ]
