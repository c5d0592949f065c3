"""Read the decisions page: where the sources disagree, and the rulebook's position.

`docs/decisions.md` has one `## C<N>: title { #c<N> }` heading per decision; rule pages
that take a side list the decision in their `decisions` field and link to its anchor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

DECISIONS_PAGE = Path("docs/decisions.md")
_HEADING = re.compile(r"^## (?P<id>C\d+): (?P<title>.+?)\s*\{ #(?P<anchor>c\d+) \}\s*$")


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
