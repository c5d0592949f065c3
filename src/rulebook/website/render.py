"""Render the generated parts of the site: each rule page and the rule index."""

from __future__ import annotations

import re
import textwrap
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from pathlib import Path

from rulebook.check.finding import Finding
from rulebook.proof.ruff import RuffRule
from rulebook.rules.artefacts import ArtefactKind, artefact_kind
from rulebook.rules.decisions import Decision
from rulebook.rules.examples import Example, ExamplePair, Kind
from rulebook.rules.ids import ANTI_PATTERN_PREFIX, AREA_BY_PREFIX, EntryKind
from rulebook.rules.loader import Rulebook
from rulebook.rules.model import Entry, Rule, Status
from rulebook.rules.sources import SOURCE_DOCUMENTS, parse_source
from rulebook.website.enforcement import check_output, enforcement_list
from rulebook.website.review_link import review_button, review_script

INDEX_MARKER = "<!-- rulebook:rule-index -->"
GATE_INDEX_MARKER = "<!-- rulebook:gate-index -->"
HARDENING_MARKER = "<!-- rulebook:hardening -->"
_UNSEARCHED = ' { data-search-exclude="true" }'
"""Leaves a heading's section out of the search index (an attribute list)."""
_PAGE_ROOT = "../../"
"""From a rule or gate page (`rules/AP-PY03/`, `gates/hardening/`) to the site root."""
DECISION_MARKER = re.compile(r"<!-- rulebook:decision-rules (?P<id>C\d+) -->")

FAMILY_TITLES: dict[str, str] = {
    ANTI_PATTERN_PREFIX: "Anti-patterns",
    "ARCH": "Architecture",
    "API": "HTTP API",
    "ERR": "Errors",
    "DATA": "Data and persistence",
    "ASYNC": "Concurrency",
    "DIST": "Distributed systems",
    "SEC": "Security",
    "TEST": "Testing",
    "TYPE": "Typing and hygiene",
    "NAME": "Naming",
    "CONF": "Configuration",
    "OPS": "Operations",
    "TOOL": "Tooling",
    "PROC": "Process and review",
}
assert set(FAMILY_TITLES) == {ANTI_PATTERN_PREFIX, *AREA_BY_PREFIX}  # noqa: S101

_TAB_LABELS = {Kind.GOOD: "Do", Kind.BAD: "Don't"}
_FENCE_LANGUAGES: dict[ArtefactKind, str] = {
    ArtefactKind.PYTHON: "python",
    ArtefactKind.PYPROJECT: "toml",
    ArtefactKind.RUFF_CONFIG: "toml",
    ArtefactKind.TOML: "toml",
    ArtefactKind.PRE_COMMIT: "yaml",
    ArtefactKind.GITHUB_WORKFLOW: "yaml",
    ArtefactKind.TASKFILE: "yaml",
    ArtefactKind.COMPOSE: "yaml",
    ArtefactKind.ENV_EXAMPLE: "ini",
    ArtefactKind.DOCUMENT: "markdown",
    ArtefactKind.TEXT: "text",
}


@dataclass(frozen=True)
class SiteContext:
    """What rendering a page may need besides the rule itself."""

    rulebook: Rulebook
    ruff_rules: Mapping[str, RuffRule]
    decisions: Mapping[str, Decision]
    site_url: str
    findings: tuple[Finding, ...] = ()
    """`rulebook check` over every example, shown on enforced rules' pages."""


def render_rule_page(rule: Rule, context: SiteContext) -> str:
    """The full Markdown of a rule page, from its front matter, prose and examples."""
    rulebook, ruff_rules, decisions = (
        context.rulebook,
        context.ruff_rules,
        context.decisions,
    )
    by_id = rulebook.by_id()
    parts = [
        f"# {markdown_text(rule.heading)}",
        _meta_line(rule, context.site_url),
        *_status_banner(rule, by_id),
        f'!!! abstract "The rule"\n\n{_indented(rule.statement)}',
        *_decision_notes(rule, decisions),
        f"## Why\n\n{rule.why}",
        # Search indexes the prose, not the examples' code (twice the prose's size).
        f"## Do and don't{_UNSEARCHED}\n\n" + _example_tabs(rule),
        f"## How to spot it in review\n\n{rule.spot}",
        # The tools and checks are indexed; the check's output and the notes on what
        # the tools miss are not (the notes alone were a fifth of the index).
        "## Enforcement\n\n"
        + enforcement_list(rule, ruff_rules)
        + _output_part(rule, context)
        + "\n\n"
        + _unsearched(rule.enforcement),
        f"## Exceptions\n\n{rule.exceptions}",
        # Links to other pages: indexed, they would make a search for an ID list
        # every page that links to it.
        f"## Related rules{_UNSEARCHED}\n\n" + _related(rule, by_id),
        f"## Gates that cite it{_UNSEARCHED}\n\n" + _cited_by(rule, rulebook),
        f"## Sources{_UNSEARCHED}\n\n" + _sources(rule.sources),
    ]
    return "\n\n".join(parts) + "\n"


def markdown_text(text: str) -> str:
    """Plain text for a Markdown context: raw HTML in it shows as text, never runs.

    Titles are data, not Markdown: a title such as `<svg onload=...>` must read as
    those characters in the page heading, links and tables (validation refuses '<'
    and '>' in titles too; this holds whatever reaches the renderer).
    """
    return escape(text, quote=False)


def inline_html(markdown: str) -> str:
    """Escape text for HTML, keeping its `inline code` as code."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", escape(" ".join(markdown.split())))


def family_title(rule: Rule) -> str:
    """The navigation section a rule belongs to."""
    return FAMILY_TITLES[rule.family]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _meta_line(rule: Rule, site_url: str) -> str:
    # No `markdown` attribute: the line is raw HTML, and search leaves it out.
    return (
        '<div class="rule-meta" data-search-exclude>\n'
        f'<span class="rule-level rule-level--{rule.level}">{rule.level}</span> · '
        f"area: {rule.area} · status: {_status_text(rule)} · "
        f"published in {rule.since} · "
        f"enforced by: {rule.enforced_by.summary()}\n"
        f"{review_button(rule.id, rule.heading, site_url)}\n"
        f"{review_script(_PAGE_ROOT)}\n"
        "</div>"
    )


def _status_text(rule: Rule) -> str:
    """The status, naming the replacement of a retired rule (plain text: raw HTML)."""
    if rule.status in {Status.DEPRECATED, Status.REMOVED}:
        if not rule.replaced_by:
            return f"{rule.status}, no replacement"
        return f"{rule.status}, replaced by {', '.join(rule.replaced_by)}"
    return str(rule.status)


def _status_banner(rule: Rule, by_id: Mapping[str, Rule]) -> list[str]:
    if rule.status in {Status.STABLE, Status.DRAFT}:
        if rule.status is Status.DRAFT:
            return [
                '!!! warning "Draft"\n\n    This rule is a draft: it may still change.'
            ]
        return []
    replacements = ", ".join(
        f"[{other}: {markdown_text(by_id[other].title)}]({other}.md)"
        for other in rule.replaced_by
        if other in by_id
    )
    instead = (
        f"Follow {replacements} instead." if replacements else "No rule replaces it."
    )
    return [
        f'!!! danger "{rule.status.capitalize()}"\n\n'
        f"    This rule is {rule.status}. {instead} "
        "Its ID stays published so that links in old reviews still land here."
    ]


def _example_tabs(rule: Rule) -> str:
    """Do/Don't tabs; with a Django pair, inside linked `FastAPI`/`Django` tabs.

    Material links tabs by label across pages and remembers the last choice, so one
    click on `Django` switches every rule page. A rule with one pair shows it alone,
    with no empty framework tab. The wrapper's classes let the styles and the
    `?framework=` script find the example tabs.
    """
    pairs = rule.pairs
    if len(pairs) == 1:
        body, classes = _pair_tabs(pairs[0]), "rule-examples"
    else:
        body = "\n\n".join(
            f'=== "{pair.framework.label}"\n\n' + _indented_all(_pair_tabs(pair))
            for pair in pairs
        )
        classes = "rule-examples rule-examples--frameworks"
    return f'<div class="{classes}" markdown>\n\n{body}\n\n</div>'


def _pair_tabs(pair: ExamplePair) -> str:
    return "\n\n".join(_tab(example) for example in pair.examples)


def _indented_all(markdown: str) -> str:
    """Indent every line, blank ones too, so code keeps its blank lines in a tab."""
    return textwrap.indent(markdown, "    ", lambda _line: True)


def _tab(example: Example) -> str:
    own_lines: dict[Path, list[int]] = {}
    for marker in example.markers():
        if marker.rule_id == example.rule_id:
            own_lines.setdefault(marker.path, []).append(marker.line)
    blocks: list[str] = []
    for path in example.files:
        shown = path.relative_to(example.location.parent).as_posix()
        options = f'title="{shown}"'
        if path in own_lines:
            options += ' hl_lines="' + " ".join(map(str, own_lines[path])) + '"'
        language = _FENCE_LANGUAGES.get(
            artefact_kind(path) or ArtefactKind.TEXT, "text"
        )
        text = path.read_text()
        text += "" if text.endswith("\n") else "\n"
        fence = fence_for(text)
        # The file is written into the page, so the page needs no include at build time.
        code = _indented_all(text)
        blocks.append(f"    {fence}{language} {options}\n{code}    {fence}")
    return f'=== "{_TAB_LABELS[example.kind]}"\n\n' + "\n\n".join(blocks)


def _indented(markdown: str) -> str:
    """Indent every line, so the whole text sits inside an admonition."""
    return textwrap.indent(markdown, "    ")


def fence_for(text: str) -> str:
    """A backtick fence longer than any run of backticks inside the included file."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def _output_part(rule: Rule, context: SiteContext) -> str:
    block = check_output(rule, context.findings, context.rulebook.root)
    if not block:
        return ""
    intro = "What `rulebook check` reports on the Don't example:"
    return f"\n\n{intro}\n\n{_unsearched(block)}"


def _unsearched(markdown: str) -> str:
    """Markdown that the site's search leaves out of its index.

    A `section`, not a `div`: Material's indexer ends an excluded element at the first
    closing tag of the same name, and the example tabs are nested `div`s.
    """
    return f"<section data-search-exclude markdown>\n\n{markdown}\n\n</section>"


def _related(rule: Rule, by_id: Mapping[str, Rule]) -> str:
    if not rule.related:
        return "None yet."
    return "\n".join(
        f"- [{other}: {markdown_text(by_id[other].title)}]({other}.md)"
        if other in by_id
        else f"- {other}"
        for other in rule.related
    )


def _sources(sources: tuple[str, ...]) -> str:
    lines: list[str] = []
    for reference in sources:
        parsed = parse_source(reference)
        if parsed is None:
            lines.append(f"- {reference}")
            continue
        document, section = parsed
        where = f", {section}" if section else ""
        lines.append(f"- `{document}` {SOURCE_DOCUMENTS[document]}{where}")
    lines.append(
        "\nThe sources give facts; the wording and examples are the rulebook's own."
    )
    return "\n".join(lines)


def doc_path(item: Rule | Entry) -> str:
    """The Markdown path (and anchor) of a rule or entry, relative to `docs/`."""
    if isinstance(item, Rule):
        return f"rules/{item.id}.md"
    page = f"gates/{item.page.name}"
    return f"{page}#{item.anchor}" if item.anchor else page


def render_gate_page(gate: Entry, rulebook: Rulebook, site_url: str) -> str:
    """A quality gate's page: what fails it, the rules it enforces, how to pass.

    `site_url` is where the review-link button leads without JavaScript.
    """
    rules = rulebook.by_id()
    enforced = "\n".join(
        f"- [{rule_id}: {markdown_text(rules[rule_id].title)}]"
        f"(../{doc_path(rules[rule_id])})"
        if rule_id in rules
        else f"- {_link(rule_id, rulebook)}"
        for rule_id in gate.cites
    )
    fails = "\n".join(f"- {condition}" for condition in gate.conditions)
    return (
        "\n\n".join(
            [
                f"# {markdown_text(gate.heading)}",
                '<div class="rule-meta" markdown data-search-exclude>\n'
                f"applies: {gate.applies}\n"
                f"{review_button(gate.id, gate.heading, site_url)}\n</div>\n\n"
                + review_script(_PAGE_ROOT),
                f'!!! abstract "The gate"\n\n{_indented(gate.summary)}',
                f"## Fails when\n\n{fails}",
                f"## Rules it enforces\n\n{enforced}",
                f"## How to pass\n\n{gate.how_to_pass}",
                "## Sources\n\n" + _sources(gate.sources),
            ]
        )
        + "\n"
    )


_SECTION_TITLES: dict[EntryKind, str] = {
    EntryKind.TIER: "Risk tiers",
    EntryKind.HARDENING: "Hardening rules",
    EntryKind.FAIL_CODE: "Hard-fail codes",
    EntryKind.WARNING: "Warning codes",
}


def render_hardening(rulebook: Rulebook, site_url: str) -> str:
    """The tiers, hardening rules and codes as sections with stable anchors.

    Each has a review-link button; `site_url` is where it leads without JavaScript.
    """
    parts: list[str] = [review_script(_PAGE_ROOT)]
    for kind, title in _SECTION_TITLES.items():
        parts.append(f"## {title}")
        for entry in rulebook.entries:
            if entry.kind is kind:
                parts.append(_entry_section(entry, rulebook, site_url))
    return "\n\n".join(parts)


def render_gate_index(rulebook: Rulebook) -> str:
    """A table of the quality gates with what each blocks."""
    rows = [
        f"| [{gate.id}]({gate.id}.md) | {_cell(markdown_text(gate.title))} "
        f"| {_cell(gate.applies)} | {_cell(gate.summary)} |"
        for gate in rulebook.entries
        if gate.kind is EntryKind.GATE
    ]
    return (
        "| Gate | Title | Applies | Blocks |\n| --- | --- | --- | --- |\n"
        + "\n".join(rows)
    )


def render_decision_rules(rulebook: Rulebook, decision_id: str) -> str:
    """The rules that follow a decision, for the decisions page (at the docs root)."""
    followers = [rule for rule in rulebook.rules if decision_id in rule.decisions]
    if not followers:
        return "No rule page takes this side yet."
    links = ", ".join(
        f"[{rule.id}: {rule.title}]({doc_path(rule)})" for rule in followers
    )
    return f"Rules that follow this decision: {links}."


def _entry_section(entry: Entry, rulebook: Rulebook, site_url: str) -> str:
    heading = markdown_text(entry.heading)
    button = review_button(entry.id, entry.heading, site_url)
    lines = [
        f"### {heading} {{ #{entry.anchor} }}",
        "",
        f'<p class="rule-meta" data-search-exclude>{button}</p>',
        "",
        entry.summary,
    ]
    if entry.conditions:
        lines += ["", "Evidence required:", ""]
        lines += [f"- {condition}" for condition in entry.conditions]
    if entry.recovery:
        lines += ["", "Recovery, in order:", ""]
        lines += [f"1. `{command}`" for command in entry.recovery]
    if entry.cites:
        cited = ", ".join(_link(cited, rulebook) for cited in entry.cites)
        lines += ["", f"See: {cited}."]
    return "\n".join(lines)


def _link(target_id: str, rulebook: Rulebook) -> str:
    """A link from a page one level below `docs/` to any rule or entry."""
    target: Rule | Entry | None = rulebook.by_id().get(target_id)
    if target is None:
        target = rulebook.entries_by_id().get(target_id)
    if target is None:
        return target_id
    return f"[{target_id}](../{doc_path(target)})"


def _cited_by(rule: Rule, rulebook: Rulebook) -> str:
    citing = rulebook.citing(rule.id)
    if not citing:
        return "No gate or code cites this rule yet."
    return "\n".join(
        f"- [{markdown_text(entry.heading)}](../{doc_path(entry)}) ({entry.kind})"
        for entry in citing
    )


def _decision_notes(rule: Rule, decisions: Mapping[str, Decision]) -> list[str]:
    notes: list[str] = []
    for decision_id in rule.decisions:
        decision = decisions.get(decision_id)
        if decision is None:
            continue
        title = markdown_text(decision.title)
        link = f"[{decision.id}: {title}](../decisions.md#{decision.anchor})"
        notes.append(
            '!!! info "Where the sources disagree"\n\n'
            f"    This rule takes a side in {link}."
        )
    return notes
