"""Decisions are read from the headings of the decisions page."""

from __future__ import annotations

from rulebook.rules.decisions import (
    Decision,
    read_decisions,
    undeclared_decision_problems,
)
from rulebook.rules.loader import load_rulebook
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


def _undeclared(mini: MiniRulebook) -> list[tuple[int, str]]:
    rules = load_rulebook(mini.root).rules
    problems = undeclared_decision_problems(rules, read_decisions(mini.root))
    return [(problem.line, problem.message) for problem in problems]


def test_page_naming_a_decision_must_list_it(mini: MiniRulebook) -> None:
    mini.write("docs/decisions.md", PAGE)
    mini.edit(
        "docs/rules/AP-PY16.md",
        "by every call.\n",
        "by every call.\n\nThe sources disagree ([C2](../decisions.md#c2)).\n"
        "See also [the migration tool](../decisions.md#c1).\n",
    )
    assert _undeclared(mini) == [
        (21, "the page names decision C2 but its 'decisions' field does not list it"),
        (22, "the page names decision C1 but its 'decisions' field does not list it"),
    ]
    (problem, _other) = undeclared_decision_problems(
        load_rulebook(mini.root).rules, read_decisions(mini.root)
    )
    assert problem.path == mini.root / "docs/rules/AP-PY16.md"
    assert problem.rule_id == "AP-PY16"
    assert problem.hint.startswith("add C2 to 'decisions'")


def test_a_source_note_in_the_front_matter_counts(mini: MiniRulebook) -> None:
    mini.write("docs/decisions.md", PAGE)
    mini.edit(
        "docs/rules/AP-PY16.md", "- 003 anti-patterns", "- 003 anti-patterns (C1)"
    )
    assert [line for line, _message in _undeclared(mini)] == [12]


def test_declared_mentions_code_and_unknown_ids_pass(mini: MiniRulebook) -> None:
    mini.write("docs/decisions.md", PAGE)
    mini.edit("docs/rules/AP-PY16.md", "related: []", "related: []\ndecisions: [C2]")
    mini.edit(
        "docs/rules/AP-PY16.md",
        "by every call.\n",
        "by every call. Decision C2 applies; ruff's `C4` codes and C7 do not count,\n"
        "since C7 has no section.\n\n```toml\nselect = [C1]\n```\n",
    )
    assert _undeclared(mini) == []
