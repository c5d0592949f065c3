"""The rule model: one rule as the loader reads it from its page and example files."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from rulebook.rules.examples import Example, ExamplePair, Framework
from rulebook.rules.ids import ANTI_PATTERN_PREFIX, Area, EntryKind, parse_rule_id


class Status(StrEnum):
    """Where a rule is in its life; published IDs never disappear (see `registry`)."""

    DRAFT = "draft"
    STABLE = "stable"
    DEPRECATED = "deprecated"
    REMOVED = "removed"


class Level(StrEnum):
    """How binding a rule is: `must` blocks a merge, `should` needs a stated reason."""

    MUST = "must"
    SHOULD = "should"


@dataclass(frozen=True)
class Enforcement:
    """How a rule is enforced: tool codes that catch the BAD example, and/or review."""

    ruff: tuple[str, ...] = ()
    rulebook: tuple[str, ...] = ()
    review: str | None = None

    @property
    def is_automated(self) -> bool:
        """Whether some tool, not only a reviewer, catches a violation."""
        return bool(self.ruff or self.rulebook)

    def summary(self) -> str:
        """One line such as `ruff BLE001, S110` or `review only`."""
        tools = []
        if self.ruff:
            tools.append("ruff " + ", ".join(self.ruff))
        if self.rulebook:
            tools.append("rulebook check " + ", ".join(self.rulebook))
        return "; ".join(tools) or "review only"


@dataclass(frozen=True)
class Section:
    """An authored section of a rule page: its Markdown and its first page line."""

    text: str
    line: int


@dataclass(frozen=True)
class Rule:
    """A rule: its front matter, its authored prose and its GOOD and BAD examples.

    `good` and `bad` are the default pair (FastAPI on the site); `variants` holds the
    pairs of other frameworks (`snippets/<ID>/django/`), in `Framework` order.
    """

    id: str
    title: str
    status: Status
    since: str
    level: Level
    area: Area
    enforced_by: Enforcement
    related: tuple[str, ...]
    sources: tuple[str, ...]
    statement: str
    why: str
    spot: str
    enforcement: str
    exceptions: str
    page: Path
    good: Example
    bad: Example
    replaced_by: tuple[str, ...] = ()
    decisions: tuple[str, ...] = ()
    field_lines: dict[str, int] = field(default_factory=dict, compare=False)
    variants: tuple[ExamplePair, ...] = ()

    @property
    def pairs(self) -> tuple[ExamplePair, ...]:
        """Every example pair: the default one first, then each framework variant."""
        return (ExamplePair(self.good, self.bad), *self.variants)

    @property
    def examples(self) -> tuple[Example, ...]:
        """Every example of the rule: GOOD and BAD of each pair, in `pairs` order."""
        return tuple(example for pair in self.pairs for example in pair.examples)

    @property
    def frameworks(self) -> tuple[Framework, ...]:
        """The rule's example frameworks: `(FASTAPI,)` or `(FASTAPI, DJANGO)`."""
        return tuple(pair.framework for pair in self.pairs)

    def pair(self, framework: Framework) -> ExamplePair | None:
        """The rule's pair in `framework`, or None when it has none."""
        return next((p for p in self.pairs if p.framework is framework), None)

    @property
    def family(self) -> str:
        """The ID's family prefix: `AP-PY` or an area prefix such as `DATA`."""
        return parse_rule_id(self.id)[0]

    @property
    def is_anti_pattern(self) -> bool:
        """Whether the rule belongs to the anti-pattern catalogue."""
        return self.family == ANTI_PATTERN_PREFIX

    @property
    def heading(self) -> str:
        """The page title: the ID first, so search and browser tabs lead with it."""
        return f"{self.id}: {self.title}"

    @property
    def url_path(self) -> str:
        """The page's path on the site, relative to the site root."""
        return f"rules/{self.id}/"

    def line_of(self, field_name: str) -> int:
        """The page line of a front-matter field, or 1 if it is absent."""
        return self.field_lines.get(field_name, 1)


@dataclass(frozen=True)
class Entry:
    """A gate, risk tier, hardening rule, hard-fail code or warning code.

    Gates have a page each; the others are sections of the hardening page.
    """

    id: str
    kind: EntryKind
    title: str
    summary: str
    conditions: tuple[str, ...]
    """A gate's hard-fail conditions, or the evidence a tier requires."""
    cites: tuple[str, ...]
    """The rules (or other entries) it enforces or refers to."""
    page: Path
    line: int
    anchor: str | None = None
    recovery: tuple[str, ...] = ()
    how_to_pass: str = ""
    applies: str = ""
    sources: tuple[str, ...] = ()

    @property
    def heading(self) -> str:
        """The title with the ID first."""
        return f"{self.id}: {self.title}"

    @property
    def url_path(self) -> str:
        """The page (and anchor) on the site, relative to the site root."""
        page = f"gates/{self.page.stem}/"
        return f"{page}#{self.anchor}" if self.anchor else page
