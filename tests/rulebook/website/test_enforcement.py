"""A page's enforcement facts come from the declarations and a real checker run."""

from __future__ import annotations

from pathlib import Path

from rulebook.check.finding import Finding
from rulebook.proof.markers import check_snippets
from rulebook.proof.ruff import known_rules
from rulebook.rules.loader import load_valid_rulebook
from rulebook.website.enforcement import (
    check_output,
    enforcement_list,
    enforcement_table,
)
from tests.builders import MiniRulebook


def test_list_names_each_declared_tool(mini: MiniRulebook) -> None:
    (rule,) = load_valid_rulebook(mini.root).rules
    listed = enforcement_list(rule, known_rules())
    assert listed.startswith("- ruff [`B006` (mutable-argument-default)]")
    assert "Review" not in listed


def test_output_is_the_real_report_of_the_bad_example(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(mini.root)
    (rule,) = rulebook.rules
    block = check_output(rule, check_snippets(rulebook), mini.root)
    assert block == (
        "```text\n$ rulebook check bad.py\n"
        "bad.py:1:29: AP-PY16 Do not use mutable data structures for argument "
        "defaults [B006]\n1 finding\n```"
    )


def test_no_output_for_a_review_only_rule(mini: MiniRulebook) -> None:
    mini.edit("docs/rules/AP-PY16.md", "  ruff: [B006]", "  review: a reader judges")
    (rule,) = load_valid_rulebook(mini.root).rules
    finding = Finding(Path("snippets/AP-PY16/bad.py"), 1, 1, "AP-PY16", "x", "y")
    assert check_output(rule, [finding], mini.root) == ""
    assert enforcement_list(rule, {}) == "- Review only: a reader judges"


def test_table_counts_enforced_rules(mini: MiniRulebook) -> None:
    table = enforcement_table(load_valid_rulebook(mini.root).rules)
    assert table.startswith("1 of 1 rules are enforced by a tool")
    assert (
        "| [AP-PY16](../rules/AP-PY16.md) | Mutable default arguments | must " in table
    )
