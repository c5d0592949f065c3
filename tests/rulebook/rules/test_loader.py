"""The loader reads every rule page and reports each problem with file, line, fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulebook.rules.loader import load_valid_rulebook
from rulebook.rules.problems import RulebookInvalidError
from tests.builders import MiniRulebook

PAGE = "docs/rules/AP-PY16.md"


def test_a_valid_rule_loads_with_every_field(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(mini.root)
    (rule,) = rulebook.rules
    assert rule.id == "AP-PY16"
    assert rule.title == "Mutable default arguments"
    assert rule.enforced_by.ruff == ("B006",)
    assert rule.statement == "Never use a mutable object as a default argument value."
    assert rule.why.startswith("The default is built once")
    assert rule.good.files == (mini.root / "snippets/AP-PY16/good.py",)
    assert rule.line_of("enforced_by") == 8


def test_duplicate_id_is_reported_on_both_pages(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17")
    mini.edit("docs/rules/AP-PY17.md", "id: AP-PY17", "id: AP-PY16")
    duplicates = [p for p in mini.problems() if "duplicate ID" in p.message]
    assert {p.path.name for p in duplicates} == {"AP-PY16.md", "AP-PY17.md"}
    assert all(p.line == 2 for p in duplicates)


def test_unknown_related_id(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "related: []", "related: [AP-PY99]")
    problem = mini.only_problem()
    assert problem.line == 10
    assert problem.message == "field 'related': unknown rule ID 'AP-PY99'"


def test_known_related_id_loads(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17", related="[AP-PY16]")
    rules = load_valid_rulebook(mini.root).by_id()
    assert rules["AP-PY17"].related == ("AP-PY16",)


def test_marker_with_unknown_id(mini: MiniRulebook) -> None:
    mini.edit("snippets/AP-PY16/bad.py", "return extra", "return extra  # [AP-PY42]")
    problem = mini.only_problem()
    assert problem.message == "marker names unknown rule ID 'AP-PY42'"
    assert problem.line == 3


def test_orphan_snippet_folder(mini: MiniRulebook) -> None:
    mini.write("snippets/AP-PY18/good.py", "print(1)\n")
    problem = mini.only_problem()
    assert problem.message == "examples for 'AP-PY18' but no rule page"


def test_every_problem_is_reported_at_once(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "status: stable", "status: final")
    mini.edit(PAGE, "level: must\n", "level: must\nseverity: high\n")
    mini.edit(PAGE, "related: []", "related: [AP-PY99]")
    (mini.root / "snippets/AP-PY16/bad.py").unlink()
    with pytest.raises(RulebookInvalidError) as raised:
        load_valid_rulebook(mini.root)
    text = str(raised.value)
    assert text.startswith("the rulebook has 3 problems:")
    for fragment in (
        "'final' is not allowed",
        "unknown field",
        "BAD example is missing",
    ):
        assert fragment in text
    assert "docs/rules/AP-PY16.md:4: AP-PY16:" in text


def test_index_page_is_not_a_rule(mini: MiniRulebook) -> None:
    mini.write("docs/rules/index.md", "# Rules\n")
    assert load_valid_rulebook(mini.root).rules


def test_rules_come_in_catalogue_order(mini: MiniRulebook) -> None:
    for rule_id in ("DATA-01", "ARCH-02", "AP-PY02"):
        mini.add_rule(rule_id)
    rules = load_valid_rulebook(mini.root).rules
    assert [rule.id for rule in rules] == ["AP-PY02", "AP-PY16", "ARCH-02", "DATA-01"]


def test_real_rulebook_root_has_rules(root: Path) -> None:
    assert (root / "docs/rules").is_dir()
