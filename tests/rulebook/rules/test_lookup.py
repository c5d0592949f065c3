"""IDs are found in any case, near misses are suggested, filters match the index's."""

from __future__ import annotations

from rulebook.rules.loader import load_valid_rulebook
from rulebook.rules.lookup import RuleFilter, filter_rules, find, suggestions
from tests.builders import MiniRulebook
from tests.rulebook.rules.test_gates import with_gates


def test_find_in_any_case(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(with_gates(mini).root)
    rule = find(rulebook, " ap-py16 ")
    assert rule is not None
    assert rule.id == "AP-PY16"
    gate = find(rulebook, "pqg-1")
    assert gate is not None
    assert gate.id == "PQG-1"
    assert find(rulebook, "AP-PY99") is None


def test_suggestions_put_close_ids_first(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17")
    mini.add_rule("DATA-01")
    rulebook = load_valid_rulebook(mini.root)
    assert set(suggestions(rulebook, "ap-py61")) == {"AP-PY16", "AP-PY17"}
    assert suggestions(rulebook, "DATA-9") == ["DATA-01"]
    assert suggestions(rulebook, "zzz") == []


def test_filters(mini: MiniRulebook) -> None:
    mini.add_rule("DATA-01")
    mini.edit("docs/rules/DATA-01.md", "level: must", "level: should")
    rulebook = load_valid_rulebook(mini.root)

    def ids(**filters: str) -> list[str]:
        return [rule.id for rule in filter_rules(rulebook, RuleFilter(**filters))]

    assert ids() == ["AP-PY16", "DATA-01"]
    assert ids(level="should") == ["DATA-01"]
    assert ids(area="typing") == ["AP-PY16"]
    assert ids(enforcement="tool") == ["AP-PY16"]
    assert ids(enforcement="review", area="data") == ["DATA-01"]
    assert ids(text="MUTABLE") == ["AP-PY16", "DATA-01"]
    assert ids(text="data-01") == ["DATA-01"]
    assert ids(status="draft") == []
