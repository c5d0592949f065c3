"""The body splits into a statement and level-2 sections, ignoring headings in code."""

from __future__ import annotations

from rulebook.rules.sections import split_body


def test_statement_and_sections_with_lines() -> None:
    body = split_body(
        "\nThe rule.\n\n## Why\n\nBecause.\n\n## Exceptions\n\nNone.\n", 10
    )
    assert body.statement == "The rule."
    assert body.statement_line == 11
    assert [(s.heading, s.text, s.line) for s in body.sections] == [
        ("Why", "Because.", 13),
        ("Exceptions", "None.", 17),
    ]


def test_headings_inside_code_fences_are_text() -> None:
    body = split_body(
        "S.\n\n## Why\n\n```python\n# not a heading\n## nor this\n```\n", 1
    )
    assert [s.heading for s in body.sections] == ["Why"]
    assert "## nor this" in body.sections[0].text


def test_level_one_headings_are_reported() -> None:
    body = split_body("# Title\n\nS.\n", 5)
    assert [(h.heading, h.line) for h in body.stray_headings] == [("Title", 5)]
