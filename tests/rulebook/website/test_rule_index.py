"""The rule index: every rule, filters defined as data, honest without a script."""

from __future__ import annotations

from rulebook.rules.loader import load_valid_rulebook
from rulebook.website.render import INDEX_MARKER
from rulebook.website.rule_index import FILTERS, IndexFilter, render_index
from tests.builders import MiniRulebook


def test_index_lists_every_rule_with_filterable_columns(mini: MiniRulebook) -> None:
    mini.add_rule("DATA-01")
    index = render_index(load_valid_rulebook(mini.root))
    assert index.count("<tr data-") == 2
    assert (
        '<tr data-level="must" data-area="data" data-status="stable" '
        'data-enforcement="review" data-framework="fastapi">'
        '<td><a href="DATA-01/">DATA-01</a></td>'
    ) in index
    assert '<select name="area"><option value="">any</option>' in index
    assert '<option value="data">data</option><option value="typing">' in index
    assert (
        '<select name="level"><option value="">any</option><option value="must">'
        in (index)
    )
    assert "<td>must</td><td>data</td><td>stable</td><td>review only</td></tr>" in index
    assert INDEX_MARKER not in index
    assert "new URL('../assets/rule-index.js',location.href)" in index


def test_without_javascript_the_form_hides_and_a_sentence_says_why(
    mini: MiniRulebook,
) -> None:
    index = render_index(load_valid_rulebook(mini.root))
    noscript, rest = index.split("</noscript>", 1)
    assert noscript.startswith(
        "<noscript data-search-exclude>"
        "<style>.rule-filter{display:none!important}</style>"
    )
    assert "Filtering needs JavaScript" in noscript
    assert "the table lists all 1 rules, whatever filter the address asks" in noscript
    assert rest.lstrip().startswith('<form class="rule-filter"')
    # The layout for narrow screens, without the script too (only this page loads it).
    assert '<link rel="stylesheet" href="../assets/rule-index.css">' in rest


def test_a_filter_is_one_entry_and_may_hold_several_values(mini: MiniRulebook) -> None:
    mini.add_rule("DATA-01")
    rulebook = load_valid_rulebook(mini.root)
    frameworks = IndexFilter(
        "framework",
        "Framework",
        lambda rule: ("fastapi", "django") if rule.id == "DATA-01" else ("fastapi",),
        ("fastapi",),
    )
    index = render_index(rulebook, (*FILTERS, frameworks))
    assert (
        '<label>Framework <select name="framework"><option value="">any</option>'
        '<option value="fastapi">fastapi</option><option value="django">django</option>'
        "</select></label>"
    ) in index
    assert 'data-framework="fastapi django"' in index
    assert 'data-framework="fastapi">' in index


def test_the_index_filters_by_example_framework(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17")
    mini.add_django("AP-PY16")
    index = render_index(load_valid_rulebook(mini.root))
    assert (
        '<select name="framework"><option value="">any</option>'
        '<option value="fastapi">fastapi</option>'
        '<option value="django">django</option></select>'
    ) in index
    rows = {
        row.split('data-framework="')[1].split('"')[0] for row in index.split("<tr")[2:]
    }
    assert rows == {"fastapi django", "fastapi"}
