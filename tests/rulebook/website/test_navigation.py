"""The full nav places every rule by family and every gate after the gate index."""

from __future__ import annotations

import pytest

from rulebook.rules.loader import Rulebook
from rulebook.website.navigation import NavError, NavItem, full_nav


def test_rules_join_their_section_grouped_by_family(rulebook: Rulebook) -> None:
    nav = full_nav(
        [
            "index.md",
            {"Rules": ["rules/index.md"]},
            {
                "Gates and tiers": [
                    "gates/index.md",
                    {"Risk tiers": "gates/hardening.md"},
                ]
            },
        ],
        rulebook,
    )
    rules = _section(nav[1], "Rules")
    assert rules[0] == "rules/index.md"
    families = {
        title: pages
        for item in rules[1:]
        if isinstance(item, dict)
        for title, pages in item.items()
    }
    assert "rules/AP-PY03.md" in families["Anti-patterns"]
    assert "rules/DATA-04.md" in families["Data and persistence"]
    listed = [page for pages in families.values() for page in pages]
    assert sorted(listed) == sorted(f"rules/{rule.id}.md" for rule in rulebook.rules)
    gates = _section(nav[2], "Gates and tiers")
    assert gates[0] == "gates/index.md"
    assert gates[1] == "gates/PQG-1.md"
    assert gates[-1] == {"Risk tiers": "gates/hardening.md"}


def test_a_nav_without_the_rule_index_is_refused(rulebook: Rulebook) -> None:
    with pytest.raises(NavError, match=r"no section listing rules/index.md"):
        full_nav(["index.md"], rulebook)


def _section(item: NavItem, title: str) -> list[NavItem]:
    assert isinstance(item, dict), item
    children = item[title]
    assert isinstance(children, list), children
    return children
