"""Shared helpers for project-level detectors that read files other than Python.

TOML manifests, requirement lists and YAML configuration are found in a project's
`files` by name, read leniently (a file that cannot be read or parsed is skipped: it
is not this checker's job to validate it), and located by line, because `tomllib`
keeps no positions. Helpers only: no detector lives here.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from rulebook.check.detectors import Project

_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")
_KEY = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_.-]+))\s*=""")


def files_named(project: Project, *names: str) -> Iterator[tuple[Path, Path]]:
    """The (shown path, disk path) of every project file with one of these names."""
    for shown, disk in project.files:
        if shown.name in names:
            yield shown, disk


def read_text(disk: Path) -> str | None:
    """The file's text, or None when it cannot be read as UTF-8."""
    try:
        return disk.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def load_toml(text: str) -> dict[str, Any] | None:
    """The parsed document, or None for broken TOML."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return None


def table_name(header: str) -> str:
    """`[ tool . "ruff" ]` -> `tool.ruff`: a header's dotted name, unquoted."""
    return ".".join(part.strip().strip("\"'") for part in header.split("."))


def table_of_lines(text: str) -> list[str]:
    """For each line (index 0 = line 1), the name of the TOML table it sits in."""
    current = ""
    tables: list[str] = []
    for line in text.splitlines():
        match = _HEADER.match(line)
        if match and not line.lstrip().startswith("#"):
            current = table_name(match.group(1))
        tables.append(current)
    return tables


def table_line(text: str, table: str) -> int | None:
    """The 1-based line of the `[table]` header, if the file has one."""
    for number, line in enumerate(text.splitlines(), start=1):
        match = _HEADER.match(line)
        if match and table_name(match.group(1)) == table:
            return number
    return None


def key_line(text: str, table: str, key: str) -> int | None:
    """The 1-based line where `key = ...` is written directly in `[table]`."""
    tables = table_of_lines(text)
    for number, line in enumerate(text.splitlines(), start=1):
        if tables[number - 1] != table or _HEADER.match(line):
            continue
        match = _KEY.match(line)
        if match and next(group for group in match.groups() if group) == key:
            return number
    return None


def get_path(document: dict[str, Any], dotted: str) -> Any:  # noqa: ANN401 - TOML
    """`document["tool"]["ruff"]` for `tool.ruff`, or None when any part is missing."""
    value: Any = document
    for part in dotted.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part)
    return value


def requirement_name(requirement: str) -> str:
    """The normalised name of a PEP 508 requirement (`Black[d]>=24` -> black)."""
    match = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement)
    name = match.group(1) if match else ""
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True)
class Hook:
    """One hook of a `.pre-commit-config.yaml`, with the lines of its repo and id."""

    repo: str
    repo_line: int
    rev: str
    rev_line: int
    id: str
    id_line: int
    entry: str


def pre_commit_hooks(text: str) -> tuple[int, list[Hook]] | None:
    """The line of `repos:` and every hook, or None when the YAML is not a config."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(root, yaml.MappingNode):
        return None
    repos = _mapping(root).get("repos")
    if repos is None or not isinstance(repos[1], yaml.SequenceNode):
        return None
    hooks: list[Hook] = []
    for repo_node in repos[1].value:
        if not isinstance(repo_node, yaml.MappingNode):
            continue
        repo = _mapping(repo_node)
        url = _scalar(repo.get("repo"))
        rev = _scalar(repo.get("rev"))
        listed = repo.get("hooks")
        if listed is None or not isinstance(listed[1], yaml.SequenceNode):
            continue
        for hook_node in listed[1].value:
            if not isinstance(hook_node, yaml.MappingNode):
                continue
            hook = _mapping(hook_node)
            ident = _scalar(hook.get("id"))
            hooks.append(
                Hook(
                    repo=url[0],
                    repo_line=url[1] or _line(repo_node),
                    rev=rev[0],
                    rev_line=rev[1] or _line(repo_node),
                    id=ident[0],
                    id_line=ident[1] or _line(hook_node),
                    entry=_scalar(hook.get("entry"))[0],
                )
            )
    return _line(repos[0]), hooks


def _mapping(node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    return {
        str(key.value): (key, value)
        for key, value in node.value
        if isinstance(key, yaml.ScalarNode)
    }


def _scalar(pair: tuple[yaml.Node, yaml.Node] | None) -> tuple[str, int]:
    if pair is None or not isinstance(pair[1], yaml.ScalarNode):
        return "", 0
    return str(pair[1].value), _line(pair[1])


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1
