"""Relative links in rule and gate pages land on a page and an anchor that exist."""

from __future__ import annotations

import re

from rulebook.validate.prose_links import (
    GATE_PAGE_HEADINGS,
    RULE_PAGE_HEADINGS,
    page_anchors,
    page_links,
    slugify,
)
from rulebook.website.render import render_gate_page, render_rule_page
from tests.builders import MiniRulebook
from tests.rulebook.rules.test_gates import with_gates

PAGE = "docs/rules/AP-PY16.md"
DECISIONS = """\
# Where the sources disagree

## C5: Errors { #c5 }

Text.

## Ruff `B006` & friends

<span id="kept"></span>
"""


def test_slugs_follow_python_markdown() -> None:
    assert slugify("Do and don't") == "do-and-dont"
    assert slugify("AP-PY16: Mutable default arguments") == (
        "ap-py16-mutable-default-arguments"
    )
    assert slugify("Ruff B006 & friends") == "ruff-b006-friends"


def test_rendered_rule_and_gate_headings_are_the_known_ones(mini: MiniRulebook) -> None:
    from rulebook.rules.loader import load_valid_rulebook
    from rulebook.website.render import SiteContext

    rulebook = load_valid_rulebook(with_gates(mini).root)
    context = SiteContext(rulebook, {}, {}, "https://example.org/")
    # A heading's attribute list (`{ data-search-exclude=... }`) is not its text.
    heading = re.compile(r"^## (.+?)(?: \{[^{}]*\})?$", re.MULTILINE)
    page = render_rule_page(rulebook.rules[0], context)
    assert tuple(heading.findall(page)) == RULE_PAGE_HEADINGS
    gate = render_gate_page(
        rulebook.entries_by_id()["PQG-1"], rulebook, "https://x.org/"
    )
    assert tuple(heading.findall(gate)) == GATE_PAGE_HEADINGS


def test_anchors_of_a_page(mini: MiniRulebook) -> None:
    path = mini.write("docs/decisions.md", DECISIONS)
    assert page_anchors(path) == {
        "where-the-sources-disagree",
        "c5",
        "ruff-b006-friends",
        "kept",
    }
    rule_anchors = page_anchors(mini.root / PAGE)
    assert rule_anchors is not None
    assert {"why", "do-and-dont", "gates-that-cite-it", "sources"} <= rule_anchors
    assert "ap-py16-mutable-default-arguments" in rule_anchors


def test_mkdocstrings_pages_get_their_anchors_at_build(mini: MiniRulebook) -> None:
    path = mini.write("docs/reference/api.md", "# API\n\n::: rulebook.rules.loader\n")
    assert page_anchors(path) is None


def test_links_in_code_are_not_links() -> None:
    text = "---\ntitle: x\n---\n\n[a](b.md) `[c](d.md)`\n\n```\n[e](f.md)\n```\n"
    assert [(link.url, link.line) for link in page_links(text)] == [("b.md", 5)]


def test_missing_page_is_reported_at_the_line(mini: MiniRulebook) -> None:
    mini.edit(
        PAGE, "shared by every call.", "shared by every call (see [x](AP-PY99.md))."
    )
    problem = mini.only_problem()
    assert (problem.path, problem.line, problem.rule_id) == (
        mini.root / PAGE,
        19,
        "AP-PY16",
    )
    assert problem.message == (
        "link to 'AP-PY99.md': docs/rules/AP-PY99.md does not exist"
    )
    assert problem.hint == (
        "link an existing page; paths are relative to this page's folder"
    )


def test_missing_anchor_lists_the_page_anchors(mini: MiniRulebook) -> None:
    mini.write("docs/decisions.md", DECISIONS)
    mini.edit(
        PAGE,
        "None.",
        "None; see [C6](../decisions.md#c6) and [C5](../decisions.md#c5).",
    )
    mini.edit(PAGE, "related: []", "related: []\ndecisions: [C5]")
    problem = mini.only_problem()
    assert problem.line == 32
    assert (
        problem.message
        == "link to '../decisions.md#c6': docs/decisions.md has no anchor '#c6'"
    )
    assert problem.hint == (
        "use an anchor of that page (c5, kept, ruff-b006-friends, "
        "where-the-sources-disagree), or give the heading '{ #c6 }'"
    )


def test_anchor_on_the_same_page_and_on_another_rule(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17")
    mini.edit(
        PAGE,
        "None.",
        "See [why](#why), [its enforcement](AP-PY17.md#enforcement) and "
        "[nothing](#nowhere).",
    )
    problem = mini.only_problem()
    assert (problem.line, problem.message) == (
        31,
        "link to '#nowhere': docs/rules/AP-PY16.md has no anchor '#nowhere'",
    )


def test_absolute_folder_and_outside_links(mini: MiniRulebook) -> None:
    mini.edit(
        PAGE,
        "None.",
        "[a](/rules/AP-PY16/) [b](../gates/)\n[c](../../README.md) [d](https://x.org/y.md)",
    )
    found = [(p.line, p.message) for p in mini.problems()]
    assert found == [
        (31, "link to '../gates/' names a folder, not a page"),
        (
            31,
            "link to '/rules/AP-PY16/' is an absolute path: it breaks when the site "
            "moves",
        ),
        (32, "link to '../../README.md' leaves docs/: ../README.md is not published"),
    ]


def test_link_in_front_matter_text(mini: MiniRulebook) -> None:
    mini.edit(
        PAGE, "  ruff: [B006]", "  ruff: [B006]\n  review: as [AP-PY17](AP-PY17.md)"
    )
    problem = mini.only_problem()
    assert (problem.line, problem.message) == (
        10,
        "link to 'AP-PY17.md': docs/rules/AP-PY17.md does not exist",
    )


def test_links_on_gate_pages(mini: MiniRulebook) -> None:
    with_gates(mini).edit(
        "docs/gates/PQG-1.md",
        "Run `uv run ruff check`.",
        "Run it; see [the tier](hardening.md#tier-low), [rule](../rules/AP-PY16.md#why)"
        " and [code](hardening.md#pyph2-fail-99).",
    )
    problem = mini.only_problem()
    assert (problem.path.name, problem.line, problem.rule_id) == (
        "PQG-1.md",
        15,
        "PQG-1",
    )
    assert problem.message == (
        "link to 'hardening.md#pyph2-fail-99': docs/gates/hardening.md has no anchor "
        "'#pyph2-fail-99'"
    )


def test_heading_anchors_match_python_markdown(mini: MiniRulebook) -> None:
    import markdown  # type: ignore[import-untyped]

    text = (
        "# Title\n\n## Ruff `B006` & friends\n\n## C5: Errors { #c5 }\n\n"
        "## [A link](x.md) *em* <b>bold</b>\n\n### Why\n\n### Why\n\n"
        "```python\n# not a heading\n```\n\n## Ünïcode — dash\n"
    )
    converter = markdown.Markdown(extensions=["toc", "attr_list", "fenced_code"])
    converter.convert(text)

    def ids(tokens: list[dict[str, object]]) -> set[str]:
        found: set[str] = set()
        for token in tokens:
            found.add(str(token["id"]))
            children = token["children"]
            assert isinstance(children, list)
            found |= ids(children)
        return found

    path = mini.write("docs/sample.md", text)
    assert page_anchors(path) == ids(converter.toc_tokens)
