"""Rule pages and the index are rendered from the rule data, never written by hand."""

from __future__ import annotations

from rulebook.loader import load_valid_rulebook
from rulebook.proof.ruff import known_rules
from rulebook.render import INDEX_MARKER, render_index, render_rule_page
from tests.builders import MiniRulebook


def test_rule_page_has_every_part_in_order(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17", related="[AP-PY16]")
    rulebook = load_valid_rulebook(mini.root)
    page = render_rule_page(rulebook.by_id()["AP-PY17"], rulebook, known_rules())
    headings = [line for line in page.splitlines() if line.startswith("#")]
    assert headings == [
        "# AP-PY17: Mutable default arguments",
        "## Why",
        "## Do and don't",
        "## How to spot it in review",
        "## Enforcement",
        "## Exceptions",
        "## Related rules",
        "## Sources",
    ]
    assert '=== "Do"' in page
    assert '=== "Don\'t"' in page
    assert '--8<-- "AP-PY17/bad.py"' in page
    assert 'hl_lines="1"' in page
    assert (
        "[`B006` (mutable-argument-default)](https://docs.astral.sh/ruff/rules/" in page
    )
    assert "- [AP-PY16: Mutable default arguments](AP-PY16.md)" in page
    assert "`003` Python Backend Design Principles, anti-patterns" in page


def test_deprecated_rule_gets_a_banner(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17")
    mini.edit(
        "docs/rules/AP-PY16.md",
        "status: stable",
        "status: deprecated\nreplaced_by: [AP-PY17]",
    )
    rulebook = load_valid_rulebook(mini.root)
    page = render_rule_page(rulebook.by_id()["AP-PY16"], rulebook, known_rules())
    assert '!!! danger "Deprecated"' in page
    assert "replaced by [AP-PY17: Mutable default arguments](AP-PY17.md)" in page


def test_index_lists_every_rule_by_family(mini: MiniRulebook) -> None:
    mini.add_rule("DATA-01")
    index = render_index(load_valid_rulebook(mini.root))
    assert "## Anti-patterns" in index
    assert "## Data and persistence" in index
    assert "| [DATA-01](DATA-01.md) | Mutable default arguments |" in index
    assert INDEX_MARKER not in index
