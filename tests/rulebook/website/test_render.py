"""Rule pages and the index are rendered from the rule data, never written by hand."""

from __future__ import annotations

import textwrap
from dataclasses import replace

from rulebook.proof.ruff import known_rules
from rulebook.rules.decisions import Decision
from rulebook.rules.loader import Rulebook, load_valid_rulebook
from rulebook.website.render import (
    SiteContext,
    fence_for,
    inline_html,
    render_decision_rules,
    render_gate_index,
    render_gate_page,
    render_hardening,
    render_rule_page,
)
from rulebook.website.rule_index import render_index
from tests.builders import MiniRulebook
from tests.rulebook.rules.test_gates import with_gates

SITE = "https://rules.example.test/"


def context_of(
    rulebook: Rulebook, decisions: dict[str, Decision] | None = None
) -> SiteContext:
    return SiteContext(rulebook, known_rules(), decisions or {}, SITE)


def test_rule_page_has_every_part_in_order(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17", related="[AP-PY16]")
    rulebook = load_valid_rulebook(mini.root)
    page = render_rule_page(rulebook.by_id()["AP-PY17"], context_of(rulebook))
    headings = [line for line in page.splitlines() if line.startswith("#")]
    unsearched = ' { data-search-exclude="true" }'
    assert headings == [
        "# AP-PY17: Mutable default arguments",
        "## Why",
        f"## Do and don't{unsearched}",
        "## How to spot it in review",
        "## Enforcement",
        "## Exceptions",
        f"## Related rules{unsearched}",
        f"## Gates that cite it{unsearched}",
        f"## Sources{unsearched}",
    ]
    assert "No gate or code cites this rule yet." in page
    assert (
        '<a class="md-button rule-copy" href="https://rules.example.test/r/AP-PY17/" '
        'data-review-link="AP-PY17: Mutable default arguments" data-short="r/AP-PY17/"'
    ) in page
    assert "new URL('../../assets/review-link.js',location.href)" in page
    assert '=== "Do"' in page
    assert '=== "Don\'t"' in page
    bad = (rulebook.root / "snippets/AP-PY17/bad.py").read_text()
    assert textwrap.indent(bad, "    ", lambda _line: True) in page  # inlined
    assert 'hl_lines="1"' in page
    assert '```python title="good.py"' in page
    assert fence_for("text\n```python\nx = 1\n```\n") == "````"
    assert fence_for("no fences") == "```"
    assert '<div class="rule-meta" data-search-exclude>' in page
    assert "- Review only: a reader judges the defaults" in page
    assert "What `rulebook check` reports" not in page  # nothing enforces AP-PY17
    own = render_rule_page(rulebook.by_id()["AP-PY16"], context_of(rulebook))
    assert (
        "[`B006` (mutable-argument-default)](https://docs.astral.sh/ruff/rules/" in own
    )
    assert "- [AP-PY16: Mutable default arguments](AP-PY16.md)" in page
    assert "`003` Python Backend Design Principles, anti-patterns" in page


def test_a_statement_of_several_lines_stays_in_its_box(mini: MiniRulebook) -> None:
    mini.edit(
        "docs/rules/AP-PY16.md",
        "Never use a mutable object as a default argument value.",
        "Never use a mutable object\nas a default argument value.",
    )
    rulebook = load_valid_rulebook(mini.root)
    page = render_rule_page(rulebook.by_id()["AP-PY16"], context_of(rulebook))
    assert (
        '!!! abstract "The rule"\n\n    Never use a mutable object\n'
        "    as a default argument value."
    ) in page


def test_deprecated_rule_gets_a_banner(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17")
    mini.edit(
        "docs/rules/AP-PY16.md",
        "status: stable",
        "status: deprecated\nreplaced_by: [AP-PY17]",
    )
    rulebook = load_valid_rulebook(mini.root)
    page = render_rule_page(rulebook.by_id()["AP-PY16"], context_of(rulebook))
    assert '!!! danger "Deprecated"' in page
    assert "Follow [AP-PY17: Mutable default arguments](AP-PY17.md) instead." in page
    assert "status: deprecated, replaced by AP-PY17 · published in 0.1.0" in page
    assert "since" not in page.split("## Why")[0]  # never dates the deprecation


def test_a_removed_rule_without_replacement_says_so(mini: MiniRulebook) -> None:
    mini.edit("docs/rules/AP-PY16.md", "status: stable", "status: removed")
    rulebook = load_valid_rulebook(mini.root)
    page = render_rule_page(rulebook.by_id()["AP-PY16"], context_of(rulebook))
    assert "This rule is removed. No rule replaces it." in page
    assert "status: removed, no replacement · published in 0.1.0" in page


def test_inline_html_escapes_and_keeps_code() -> None:
    assert (
        inline_html("Use `x < y` & <b>") == "Use <code>x &lt; y</code> &amp; &lt;b&gt;"
    )


def test_rule_page_lists_the_gates_that_cite_it(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(with_gates(mini).root)
    page = render_rule_page(rulebook.by_id()["AP-PY16"], context_of(rulebook))
    assert "- [PQG-1: Build and lint gate](../gates/PQG-1.md) (quality gate)" in page
    assert (
        "- [PYPH2-FAIL-01: Claim without evidence](../gates/hardening.md#pyph2-fail-01)"
        in page
    )


def test_rule_page_links_its_decision(mini: MiniRulebook) -> None:
    mini.edit("docs/rules/AP-PY16.md", "related: []", "related: []\ndecisions: [C2]")
    mini.write("docs/decisions.md", "## C2: Formatter { #c2 }\n")
    rulebook = load_valid_rulebook(mini.root)
    decisions = {"C2": Decision("C2", "Formatter", "c2", 1)}
    page = render_rule_page(
        rulebook.by_id()["AP-PY16"], context_of(rulebook, decisions)
    )
    assert "This rule takes a side in [C2: Formatter](../decisions.md#c2)." in page
    assert "[AP-PY16: Mutable default arguments](rules/AP-PY16.md)" in (
        render_decision_rules(rulebook, "C2")
    )
    assert render_decision_rules(rulebook, "C9") == "No rule page takes this side yet."


def test_gate_page_and_codes(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(with_gates(mini).root)
    gate = render_gate_page(rulebook.entries_by_id()["PQG-1"], rulebook, SITE)
    assert gate.startswith("# PQG-1: Build and lint gate\n")
    assert 'href="https://rules.example.test/r/PQG-1/"' in gate
    assert "## Fails when\n\n- ruff reports a finding" in gate
    assert "- [AP-PY16: Mutable default arguments](../rules/AP-PY16.md)" in gate
    hardening = render_hardening(rulebook, SITE)
    assert "### TIER-LOW: Low risk { #tier-low }" in hardening
    assert 'data-review-link="TIER-LOW: Low risk" data-short="r/TIER-LOW/"' in hardening
    assert hardening.count("review-link.js") == 1
    assert "1. `uv run mypy src`" in hardening
    assert "See: [TIER-LOW](../gates/hardening.md#tier-low)." in hardening
    assert "| [PQG-1](PQG-1.md) | Build and lint gate |" in render_gate_index(rulebook)


MARKUP_TITLE = "<svg onload=alert(1)> & co"
SHOWN = "&lt;svg onload=alert(1)&gt; &amp; co"


def _with_markup_titles(rulebook: Rulebook) -> Rulebook:
    """The rulebook with titles validation refuses: rendering must still escape them."""
    rules = tuple(replace(rule, title=MARKUP_TITLE) for rule in rulebook.rules)
    entries = tuple(replace(entry, title=MARKUP_TITLE) for entry in rulebook.entries)
    return replace(rulebook, rules=rules, entries=entries)


def test_titles_render_as_text_on_rule_pages(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17", related="[AP-PY16]")
    mini.edit(
        "docs/rules/AP-PY16.md",
        "status: stable",
        "status: deprecated\nreplaced_by: [AP-PY17]",
    )
    rulebook = _with_markup_titles(load_valid_rulebook(with_gates(mini).root))
    context = context_of(rulebook)
    page = render_rule_page(rulebook.by_id()["AP-PY16"], context)
    assert page.startswith(f"# AP-PY16: {SHOWN}\n")
    assert f"Follow [AP-PY17: {SHOWN}](AP-PY17.md) instead." in page
    assert f"- [PQG-1: {SHOWN}](../gates/PQG-1.md) (quality gate)" in page
    related = render_rule_page(rulebook.by_id()["AP-PY17"], context)
    assert f"- [AP-PY16: {SHOWN}](AP-PY16.md)" in related
    assert "<svg" not in page + related


def test_titles_render_as_text_on_gate_pages(mini: MiniRulebook) -> None:
    rulebook = _with_markup_titles(load_valid_rulebook(with_gates(mini).root))
    gate = render_gate_page(rulebook.entries_by_id()["PQG-1"], rulebook, SITE)
    assert gate.startswith(f"# PQG-1: {SHOWN}\n")
    assert f"- [AP-PY16: {SHOWN}](../rules/AP-PY16.md)" in gate
    hardening = render_hardening(rulebook, SITE)
    assert f"### TIER-LOW: {SHOWN} {{ #tier-low }}" in hardening
    assert f"| [PQG-1](PQG-1.md) | {SHOWN} |" in render_gate_index(rulebook)
    assert "<svg" not in gate + hardening + render_index(rulebook)
