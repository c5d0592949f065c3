"""Find a rule's GOOD and BAD example files and read their `# [ID]` line markers.

A rule has its default pair in `snippets/<ID>/` (shown as FastAPI on the site) and may
have a pair per framework variant in `snippets/<ID>/<framework>/` (`django/`).
"""

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


class Framework(StrEnum):
    """Which web framework an example pair speaks.

    The default pair, in `snippets/<ID>/`, is `FASTAPI` (the site labels it FastAPI;
    a rule whose advice does not depend on the framework has only this pair). Every
    other framework has its own folder, `snippets/<ID>/<value>/`.
    """

    FASTAPI = "fastapi"
    DJANGO = "django"

    @property
    def label(self) -> str:
        """The name readers see: `FastAPI`, `Django`."""
        return _FRAMEWORK_LABELS[self]

    @property
    def is_default(self) -> bool:
        """Whether this is the default pair, which lives in `snippets/<ID>/` itself."""
        return self is DEFAULT_FRAMEWORK


_FRAMEWORK_LABELS = {Framework.FASTAPI: "FastAPI", Framework.DJANGO: "Django"}
DEFAULT_FRAMEWORK = Framework.FASTAPI
VARIANT_FRAMEWORKS = tuple(f for f in Framework if f is not DEFAULT_FRAMEWORK)
"""Frameworks whose pair lives in a folder of its own under `snippets/<ID>/`."""


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
    framework: Framework = DEFAULT_FRAMEWORK

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
    def rulebook_root(self) -> Path:
        """The rulebook's folder: the one that holds `snippets/<ID>/`."""
        folder = self.location.parent  # snippets/<ID>/, or snippets/<ID>/<framework>/
        if not self.framework.is_default:
            folder = folder.parent
        return folder.parent.parent

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
        """A stable pytest id: `AP-PY03-bad`, or `AP-PY14-django-good` for a variant."""
        if self.framework.is_default:
            return f"{self.rule_id}-{self.kind}"
        return f"{self.rule_id}-{self.framework}-{self.kind}"

    @property
    def label(self) -> str:
        """How problems name the example: `GOOD`, or `Django BAD` for a variant."""
        side = self.kind.upper()
        return side if self.framework.is_default else f"{self.framework.label} {side}"

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


@dataclass(frozen=True)
class ExamplePair:
    """A rule's GOOD and BAD examples in one framework."""

    good: Example
    bad: Example

    @property
    def framework(self) -> Framework:
        """The framework both examples speak."""
        return self.good.framework

    @property
    def examples(self) -> tuple[Example, Example]:
        """GOOD, then BAD."""
        return (self.good, self.bad)


def example_folder(snippets: Path, rule_id: str, framework: Framework) -> Path:
    """Where a pair lives: `snippets/<ID>/`, or `snippets/<ID>/<framework>/`."""
    folder = snippets / rule_id
    return folder if framework.is_default else folder / str(framework)


def has_pair_folder(snippets: Path, rule_id: str, framework: Framework) -> bool:
    """Whether `snippets/<ID>/<framework>/` exists and holds more than tool caches.

    Always true for the default framework's folder, `snippets/<ID>/`, if it exists.
    """
    folder = example_folder(snippets, rule_id, framework)
    if framework.is_default or not folder.is_dir():
        return folder.is_dir()
    return any(path.name not in CACHE_DIRS for path in folder.iterdir())


def find_example(
    snippets: Path,
    rule_id: str,
    kind: Kind,
    framework: Framework = DEFAULT_FRAMEWORK,
) -> Example | None:
    """The rule's `good`/`bad` example in `framework`, or None if absent.

    The example is the first of `<kind>.py`, `<kind>.md` and a `<kind>/` folder that
    exists in `example_folder(snippets, rule_id, framework)`.
    """
    folder = example_folder(snippets, rule_id, framework)
    for suffix in SINGLE_FILE_SUFFIXES:
        single = folder / f"{kind}{suffix}"
        if single.is_file():
            return Example(rule_id, kind, single, (single,), framework)
    several = folder / str(kind)
    if several.is_dir():
        files = tuple(
            sorted(
                path
                for path in several.rglob("*")
                if path.is_file() and not CACHE_DIRS.intersection(path.parts)
            )
        )
        return Example(rule_id, kind, several, files, framework)
    return None
