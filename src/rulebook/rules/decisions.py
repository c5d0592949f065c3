"""Read the decisions page: where the sources disagree, and the rulebook's position.

`docs/decisions.md` has one `## C<N>: title { #c<N> }` heading per decision; rule pages
that take a side list the decision in their `decisions` field and link to its anchor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rulebook.rules.problems import Problem
from rulebook.validate.safety import without_code

if TYPE_CHECKING:
    from rulebook.rules.model import Rule

DECISIONS_PAGE = Path("docs/decisions.md")
_HEADING = re.compile(r"^## (?P<id>C\d+): (?P<title>.+?)\s*\{ #(?P<anchor>c\d+) \}\s*$")
# `decisions.md#c5` in a link, or `C5` as a word in the prose.
_MENTION = re.compile(r"decisions\.md#(?P<anchor>c\d+)\b|\b(?P<id>C\d+)\b")
# Front-matter lines that hold IDs of other kinds: ruff's `C4` and `C901` are codes.
_SKIPPED_FIELDS = re.compile(r"^\s*(?:decisions|ruff|rulebook)\s*:")


@dataclass(frozen=True)
class Decision:
    """One disagreement between the sources and the side the rulebook takes."""

    id: str
    title: str
    anchor: str
    line: int


def read_decisions(root: Path) -> dict[str, Decision]:
    """The decisions on the page, by ID (`C1`...); empty when the page is absent."""
    page = root / DECISIONS_PAGE
    if not page.is_file():
        return {}
    decisions: dict[str, Decision] = {}
    for number, line in enumerate(page.read_text().splitlines(), start=1):
        match = _HEADING.match(line)
        if match:
            decision = Decision(match["id"], match["title"], match["anchor"], number)
            decisions[decision.id] = decision
    return decisions


def undeclared_decision_problems(
    rules: Iterable[Rule], decisions: Mapping[str, Decision]
) -> list[Problem]:
    """Rule pages that name a decision in their text but not in their `decisions` field.

    A page names decision C5 when it links to `decisions.md#c5` or writes `C5` as a
    word, in the front matter (say, a source "(conflict C5)") or the body. Code spans,
    fenced code and the `decisions`, `ruff` and `rulebook` fields are not read, so a
    ruff code such as `C4` is not taken for a decision. Only IDs with a section on the
    decisions page count. One problem per decision, at the first line that names it.
    """
    by_anchor = {decision.anchor: decision.id for decision in decisions.values()}
    problems: list[Problem] = []
    for rule in rules:
        declared = set(rule.decisions)
        first_line: dict[str, int] = {}
        for number, line in _prose_lines(rule.page):
            for match in _MENTION.finditer(line):
                named = match["id"] or by_anchor.get(match["anchor"], "")
                if named in decisions and named not in declared:
                    first_line.setdefault(named, number)
        problems.extend(
            Problem(
                rule.page,
                number,
                rule.id,
                f"the page names decision {decision_id} but its 'decisions' field "
                "does not list it",
                f"add {decision_id} to 'decisions' in the front matter, or drop the "
                "mention if the rule takes no side in it",
            )
            for decision_id, number in sorted(first_line.items(), key=_by_line)
        )
    return problems


def _by_line(item: tuple[str, int]) -> tuple[int, str]:
    return item[1], item[0]


def _prose_lines(page: Path) -> list[tuple[int, str]]:
    """The page's lines that can name a decision, numbered, with code blanked.

    Code spans and fenced blocks are blanked by `safety.without_code`, which keeps
    line numbers; front-matter fields that hold codes, not prose, are left out.
    """
    lines = without_code(page.read_text()).split("\n")
    found: list[tuple[int, str]] = []
    front_matter = bool(lines) and lines[0].strip() == "---"
    for number, line in enumerate(lines, start=1):
        if number == 1 and front_matter:
            continue
        if front_matter and line.strip() == "---":
            front_matter = False
            continue
        if not (front_matter and _SKIPPED_FIELDS.match(line)):
            found.append((number, line))
    return found
