"""A new rule is scaffolded with placeholders the loader refuses until filled in."""

from __future__ import annotations

import pytest

from rulebook.rules.loader import load_rulebook
from rulebook.rules.scaffold import ScaffoldError, new_rule, next_free_id
from tests.builders import MiniRulebook


def test_new_rule_is_created_and_published(mini: MiniRulebook) -> None:
    created = new_rule(mini.root, "DATA-12", "Name every index")
    names = sorted(path.relative_to(mini.root).as_posix() for path in created)
    assert names == [
        "docs/rules/DATA-12.md",
        "published-ids.txt",
        "snippets/DATA-12/bad.py",
        "snippets/DATA-12/good.py",
    ]
    assert (mini.root / "published-ids.txt").read_text().endswith("AP-PY16\nDATA-12\n")
    page = (mini.root / "docs/rules/DATA-12.md").read_text()
    assert "area: data" in page
    assert "title: Name every index" in page


def test_scaffold_fails_validation_until_filled(mini: MiniRulebook) -> None:
    new_rule(mini.root, "DATA-12", "Name every index")
    problems = [p for p in load_rulebook(mini.root).problems if p.rule_id == "DATA-12"]
    placeholders = [p for p in problems if "placeholder" in p.message]
    assert {p.path.name for p in placeholders} == {"DATA-12.md", "good.py", "bad.py"}


@pytest.mark.parametrize(
    ("rule_id", "message"),
    [
        ("AP-PY16", "exists or was published before"),
        ("WEB-01", "unknown area prefix 'WEB'"),
        ("DATA-1", "is not a rule ID"),
    ],
)
def test_refused_ids(mini: MiniRulebook, rule_id: str, message: str) -> None:
    with pytest.raises(ScaffoldError, match=message):
        new_rule(mini.root, rule_id, "A title")


def test_title_is_required(mini: MiniRulebook) -> None:
    with pytest.raises(ScaffoldError, match="--title"):
        new_rule(mini.root, "DATA-12", "Ends with a stop.")


def test_next_free_id_never_reuses(mini: MiniRulebook) -> None:
    assert next_free_id(mini.root, "data") == "DATA-01"
    assert next_free_id(mini.root, "AP-PY") == "AP-PY17"
    mini.publish("DATA-07")
    assert next_free_id(mini.root, "DATA-") == "DATA-08"
    with pytest.raises(ScaffoldError, match="not an ID family"):
        next_free_id(mini.root, "WEB")
