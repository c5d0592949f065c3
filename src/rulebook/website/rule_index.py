"""The rule index: one table of every rule, with filters kept in the page address.

The filters are a form that `docs/assets/rule-index.js` wires up, loaded by this page
only. Each select is named after a `data-<name>` attribute of the rows, so a filter is
one `IndexFilter` here and nothing in the script. A static page cannot filter itself
without a script, so without JavaScript the form is hidden and a sentence says that the
table shows every rule, whatever filter the address asks for. On a narrow screen each
row stacks into a block (`docs/assets/rule-index.css`), so the page never scrolls
sideways. The page links that stylesheet itself, so no other page loads it: the link is
relative to `rules/`, which, being a folder's index page, every engine resolves alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from rulebook.rules.examples import Framework
from rulebook.rules.loader import Rulebook
from rulebook.rules.model import Rule
from rulebook.website.page_scripts import script_loader
from rulebook.website.render import inline_html

SCRIPT = "rule-index"
STYLESHEET = "rule-index.css"


@dataclass(frozen=True)
class IndexFilter:
    """One filter: a select named `name` that matches the rows' `data-<name>`."""

    name: str
    """The select's name, the row attribute (`data-<name>`) and the URL parameter."""
    label: str
    values: Callable[[Rule], tuple[str, ...]]
    """The rule's values for this filter; a rule may have several (space-separated)."""
    order: tuple[str, ...] = ()
    """The options in this order first; any other value follows, sorted."""


def _enforcement(rule: Rule) -> tuple[str, ...]:
    return ("tool",) if rule.enforced_by.is_automated else ("review",)


FILTERS: tuple[IndexFilter, ...] = (
    IndexFilter("level", "Level", lambda rule: (str(rule.level),), ("must", "should")),
    IndexFilter("area", "Area", lambda rule: (str(rule.area),)),
    IndexFilter("status", "Status", lambda rule: (str(rule.status),)),
    IndexFilter("enforcement", "Enforced by", _enforcement, ("tool", "review")),
    # A rule with a Django pair shows in both lenses; the FastAPI pair is the default.
    IndexFilter(
        "framework",
        "Examples in",
        lambda rule: tuple(str(framework) for framework in rule.frameworks),
        tuple(str(framework) for framework in Framework),
    ),
)
"""The index's filters, in the order the form shows them."""


def render_index(rulebook: Rulebook, filters: tuple[IndexFilter, ...] = FILTERS) -> str:
    """The filter form, the no-JavaScript note and the table, as raw HTML.

    The page lives at `rules/`, so links to rules are relative to it (`AP-PY03/`).
    """
    rules = rulebook.rules
    selects = "\n".join(_select(index_filter, rules) for index_filter in filters)
    rows = "\n".join(_row(rule, filters) for rule in rules)
    return (
        # Without a script the form is dead: hide it, over the stylesheet loaded below.
        "<noscript data-search-exclude>"
        "<style>.rule-filter{display:none!important}</style>\n"
        '<p class="rule-filter-off"><strong>Filtering needs JavaScript</strong>, which '
        f"is off: the table lists all {len(rules)} rules, whatever filter the address "
        "asks for.</p></noscript>\n"
        '<form class="rule-filter" role="search" aria-label="Filter the rules" '
        "data-search-exclude>\n"
        # In the form, a raw HTML block: alone, Markdown would wrap it in a paragraph.
        f'<link rel="stylesheet" href="../assets/{STYLESHEET}">\n'
        '<label>Text <input type="search" name="q" '
        'placeholder="ID or words, e.g. cache"></label>\n'
        f"{selects}\n"
        # Filled before the script runs, so the table does not move when it does.
        '<output class="rule-filter__count" aria-live="polite">'
        f"{len(rules)} of {len(rules)} rules</output>\n"
        "</form>\n"
        f"{script_loader(SCRIPT, '../')}\n\n"
        '<table class="rule-index" data-search-exclude>\n<thead><tr>'
        '<th scope="col">ID</th><th scope="col">Rule</th><th scope="col">Level</th>'
        '<th scope="col">Area</th><th scope="col">Status</th>'
        '<th scope="col">Enforced by</th></tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n</table>"
    )


def _select(index_filter: IndexFilter, rules: tuple[Rule, ...]) -> str:
    found = {value for rule in rules for value in index_filter.values(rule)}
    values = [value for value in index_filter.order if value in found]
    values += sorted(found - set(values))
    options = "".join(
        f'<option value="{escape(v)}">{escape(v)}</option>' for v in values
    )
    return (
        f"<label>{index_filter.label} "
        f'<select name="{index_filter.name}"><option value="">any</option>'
        f"{options}</select></label>"
    )


def _row(rule: Rule, filters: tuple[IndexFilter, ...]) -> str:
    data = " ".join(
        f'data-{index_filter.name}="{escape(" ".join(index_filter.values(rule)))}"'
        for index_filter in filters
    )
    return (
        f"<tr {data}>"
        f'<td><a href="{rule.id}/">{rule.id}</a></td>'
        f"<td><strong>{inline_html(rule.title)}</strong><br>"
        f"{inline_html(rule.statement)}</td>"
        f"<td>{rule.level}</td><td>{rule.area}</td><td>{rule.status}</td>"
        f"<td>{escape(rule.enforced_by.summary())}</td></tr>"
    )
