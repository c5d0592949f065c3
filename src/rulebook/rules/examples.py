"""Find a rule's GOOD and BAD example files and read their `# [ID]` line markers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

# `# [ID]` ends a line of Python, TOML, YAML or env; `<!-- [ID] -->` ends Markdown.
# A line that breaks several rules lists them: `# [AP-PY01, ARCH-04]`.
MARKER = re.compile(
    r"(?:#|<!--)\s*\[(?P<rule_ids>[A-Za-z0-9-]+(?:\s*,\s*[A-Za-z0-9-]+)*)\]"
    r"\s*(?:-->)?\s*$"
)
FOLDER_ENTRY = "main.py"
SINGLE_FILE_SUFFIXES = (".py", ".md")
CACHE_DIRS = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache", ".pytest_cache"})
"""Folders tools leave behind in an example folder; never part of the example."""


class Kind(StrEnum):
    """Which side of a rule an example shows."""

    GOOD = "good"
    BAD = "bad"


@dataclass(frozen=True, order=True)
class Marker:
    """A `# [ID]` comment that flags the line it ends as breaking rule `rule_id`."""

    path: Path
    line: int
    rule_id: str


@dataclass(frozen=True)
class Example:
    """One side of a rule: one module, or a folder of modules run through `main.py`."""

    rule_id: str
    kind: Kind
    location: Path
    files: tuple[Path, ...]

    @property
    def is_folder(self) -> bool:
        """Whether the example is a folder of several modules."""
        return self.location.is_dir()

    @property
    def entry(self) -> Path:
        """The module the suite runs, or the first file of a folder without Python."""
        if not self.is_folder:
            return self.location
        main = self.location / FOLDER_ENTRY
        return main if main.is_file() or not self.files else self.files[0]

    @property
    def python_files(self) -> tuple[Path, ...]:
        """The example's Python modules: linted, formatted and type-checked."""
        return tuple(path for path in self.files if path.suffix == ".py")

    @property
    def runs(self) -> bool:
        """Whether the suite executes the example: it has Python and an entry module."""
        return self.entry.suffix == ".py"

    @property
    def test_id(self) -> str:
        """A stable pytest id such as `AP-PY03-bad`."""
        return f"{self.rule_id}-{self.kind}"

    def markers(self) -> tuple[Marker, ...]:
        """Every `# [ID]` marker in the example's files, in file and line order."""
        found: list[Marker] = []
        for path in self.files:
            text = path.read_text(errors="replace")
            for number, line in enumerate(text.splitlines(), start=1):
                match = MARKER.search(line)
                if match:
                    found.extend(
                        Marker(path, number, rule_id.strip())
                        for rule_id in match["rule_ids"].split(",")
                    )
        return tuple(sorted(found))


def find_example(snippets: Path, rule_id: str, kind: Kind) -> Example | None:
    """The rule's `good`/`bad` example under `snippets/<ID>/`, or None if absent."""
    folder = snippets / rule_id
    for suffix in SINGLE_FILE_SUFFIXES:
        single = folder / f"{kind}{suffix}"
        if single.is_file():
            return Example(rule_id, kind, single, (single,))
    several = folder / str(kind)
    if several.is_dir():
        files = tuple(
            sorted(
                path
                for path in several.rglob("*")
                if path.is_file() and not CACHE_DIRS.intersection(path.parts)
            )
        )
        return Example(rule_id, kind, several, files)
    return None
