"""Decisions are read from the headings of the decisions page."""

from __future__ import annotations

from rulebook.decisions import Decision, read_decisions
from rulebook.loader import load_rulebook
from tests.builders import MiniRulebook

PAGE = (
    "# Decisions\n\n## C1: Which migration tool { #c1 }\n\nText.\n\n"
    "## C2: Formatter { #c2 }\n"
)


def test_headings_become_decisions(mini: MiniRulebook) -> None:
    mini.write("docs/decisions.md", PAGE)
    assert read_decisions(mini.root) == {
        "C1": Decision("C1", "Which migration tool", "c1", 3),
        "C2": Decision("C2", "Formatter", "c2", 7),
    }


def test_no_page_no_decisions(mini: MiniRulebook) -> None:
    assert read_decisions(mini.root) == {}


def test_rule_citing_a_decision_without_a_section(mini: MiniRulebook) -> None:
    mini.write("docs/decisions.md", PAGE)
    mini.edit("docs/rules/AP-PY16.md", "related: []", "related: []\ndecisions: [C3]")
    (problem,) = load_rulebook(mini.root).problems
    assert (
        problem.message == "field 'decisions': C3 has no section on docs/decisions.md"
    )


def test_unknown_decision_id(mini: MiniRulebook) -> None:
    mini.edit("docs/rules/AP-PY16.md", "related: []", "related: []\ndecisions: [C42]")
    (problem,) = load_rulebook(mini.root).problems
    assert "names an unknown decision" in problem.message
