"""No page runs code or loads from another host; code samples are left alone."""

from __future__ import annotations

import pytest

from rulebook.rules.loader import load_rulebook
from rulebook.validate.safety import (
    CODE_HINT,
    LINK_HINT,
    REMOTE_HINT,
    TITLE_HINT,
    Finding,
    unsafe_content,
    without_code,
)
from tests.builders import MiniRulebook
from tests.rulebook.rules.test_gates import with_gates

PAGE = "docs/rules/AP-PY16.md"


def messages(text: str) -> list[str]:
    return [found.message for found in unsafe_content(text)]


@pytest.mark.parametrize(
    ("html", "message"),
    [
        (
            "<script>alert(1)</script>",
            "raw HTML <script> would run on the published page",
        ),
        (
            "<iframe src=x></iframe>",
            "raw HTML <iframe> would run on the published page",
        ),
        ("<OBJECT data=x>", "raw HTML <object> would run on the published page"),
        ("<embed src=x>", "raw HTML <embed> would run on the published page"),
        (
            "<style>body{}</style>",
            "raw HTML <style> would load or restyle content on the published page",
        ),
        (
            "<img src=a.png onerror='alert(1)'>",
            "raw HTML <img onerror=...>: an event handler would run on the published "
            "page",
        ),
        (
            "<svg onload=alert(1)>",
            "raw HTML <svg onload=...>: an event handler would run on the published "
            "page",
        ),
        (
            '<a href=" jav&#x61;script:alert(1)">x</a>',
            "'javascript:' URL in the href attribute of <a> would run on the "
            "published page",
        ),
        (
            "[x](vbscript:msgbox)",
            "'vbscript:' URL in a Markdown link would run on the published page",
        ),
        (
            "[x](data:text/html;base64,AAAA)",
            "'data:text/html' URL in a Markdown link would run on the published page",
        ),
        (
            "![chart](https://cdn.example.com/c.png)",
            "image loaded from a third party: https://cdn.example.com/c.png",
        ),
        (
            '<img src="//cdn.example.com/c.png">',
            "image loaded from a third party: //cdn.example.com/c.png",
        ),
        (
            "![chart][c]\n\n[c]: http://cdn.example.com/c.png",
            "image loaded from a third party: http://cdn.example.com/c.png",
        ),
    ],
)
def test_unsafe_html_and_remote_content(html: str, message: str) -> None:
    assert message in messages(f"Some prose.\n\n{html}\n")


@pytest.mark.parametrize(
    "text",
    [
        "Never write `<script>alert(1)</script>` in a template.",
        "Use ``<img onerror=x>`` as the example.",
        "```html\n<script>alert(1)</script>\n<iframe src=x>\n```",
        "~~~~\n<svg onload=alert(1)>\n~~~~",
        '<svg viewBox="0 0 9 9" xmlns="http://www.w3.org/2000/svg"><path d="M0"/>'
        "</svg>",
        "![diagram](../assets/layers.png) and [docs](https://docs.python.org/3/)",
        "Compare a < b and b > c; an arrow -> here.",
        "<!-- rulebook:rule-index -->",
    ],
)
def test_code_samples_and_harmless_html_pass(text: str) -> None:
    assert unsafe_content(text) == []


def test_findings_name_their_line_within_the_text() -> None:
    text = "one\n\n```\n<script>\n```\n\nthree <script>x</script>\n"
    assert unsafe_content(text) == [
        Finding(6, "raw HTML <script> would run on the published page", CODE_HINT)
    ]


def test_without_code_keeps_lines() -> None:
    text = "a `<b>`\n```\n<c>\n```\nd"
    assert without_code(text).split("\n") == ["a      ", "   ", "   ", "   ", "d"]
    assert len(without_code(text)) == len(text)  # offsets are kept too


def test_script_in_a_section_is_reported_at_its_line(mini: MiniRulebook) -> None:
    mini.edit(
        PAGE, "shared by every call.", "shared by every call. <script>x()</script>"
    )
    problem = mini.only_problem()
    assert (problem.path, problem.line, problem.rule_id) == (
        mini.root / PAGE,
        19,
        "AP-PY16",
    )
    assert problem.message == "raw HTML <script> would run on the published page"
    assert problem.hint == (
        "write it as inline code (between backticks) or describe it in words"
    )


def test_handler_in_the_statement(mini: MiniRulebook) -> None:
    mini.edit(
        PAGE,
        "Never use a mutable object",
        '<img src="x.png" onerror="alert(1)"> Never use a mutable object',
    )
    problem = mini.only_problem()
    assert problem.line == 15
    assert problem.message == (
        "raw HTML <img onerror=...>: an event handler would run on the published page"
    )


def test_inline_code_in_prose_is_fine(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "shared by every call.", "shared by every call, `<script>` too.")
    assert mini.problems() == []


def test_front_matter_text_is_checked_at_its_line(mini: MiniRulebook) -> None:
    mini.edit(
        PAGE,
        "  ruff: [B006]",
        "  ruff: [B006]\n  review: see [this](javascript:alert(1))",
    )
    problem = mini.only_problem()
    assert problem.line == 10
    assert problem.message == (
        "field 'enforced_by': 'javascript:' URL in a Markdown link would run on the "
        "published page"
    )
    assert problem.hint == LINK_HINT


def test_remote_image_in_a_rule_page(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "None.", "None.\n\n![graph](https://example.com/g.png)")
    problem = mini.only_problem()
    assert problem.line == 33
    assert (
        problem.message == "image loaded from a third party: https://example.com/g.png"
    )
    assert problem.hint == REMOTE_HINT


def test_title_with_markup_is_refused(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "title: Mutable default arguments", "title: <svg onload=alert(1)>")
    problems = [(p.line, p.message, p.hint) for p in mini.problems()]
    assert problems == [
        (3, "field 'title': '<' and '>' are not allowed in a title", TITLE_HINT),
        (
            3,
            "field 'title': raw HTML <svg onload=...>: an event handler would run on "
            "the published page",
            CODE_HINT,
        ),
    ]


def test_gate_page_body_and_title(mini: MiniRulebook) -> None:
    with_gates(mini).edit(
        "docs/gates/PQG-1.md", "Run `uv run ruff check`.", "Run it. <iframe src=x>"
    )
    mini.edit("docs/gates/PQG-1.md", "title: Build and lint gate", "title: a <b> gate")
    found = [(p.path.name, p.line, p.rule_id, p.message) for p in mini.problems()]
    assert found == [
        (
            "PQG-1.md",
            3,
            "PQG-1",
            "field 'title': '<' and '>' are not allowed in a title",
        ),
        ("PQG-1.md", 15, "PQG-1", "raw HTML <iframe> would run on the published page"),
    ]


def test_hardening_front_matter(mini: MiniRulebook) -> None:
    with_gates(mini).edit(
        "docs/gates/hardening.md",
        "summary: Pick a tier before building.",
        "summary: Pick a tier <script>x</script>",
    )
    (problem,) = mini.problems()
    assert (problem.path.name, problem.line) == ("hardening.md", 11)
    assert problem.message == (
        "field 'hardening': raw HTML <script> would run on the published page"
    )


def test_gate_index_page(mini: MiniRulebook) -> None:
    mini.write("docs/gates/index.md", "# Gates\n\n<object data=x></object>\n")
    problem = mini.only_problem()
    assert (problem.path.name, problem.line, problem.rule_id) == ("index.md", 3, "")
    assert problem.message == "raw HTML <object> would run on the published page"


def test_every_problem_at_once(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "shared by every call.", "<script>a</script>\n<embed src=x>")
    lines = sorted(p.line for p in load_rulebook(mini.root).problems)
    assert lines == [19, 20]
