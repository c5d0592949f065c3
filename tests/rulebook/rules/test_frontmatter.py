"""Front matter is split from the body with field and body line numbers kept."""

from __future__ import annotations

import pytest

from rulebook.rules.frontmatter import FrontMatterError, split_page


def test_split_keeps_lines() -> None:
    page = split_page("---\nid: X\ntitle: T\n---\n\nBody.\n")
    assert page.fields == {"id": "X", "title": "T"}
    assert page.field_lines == {"id": 2, "title": 3}
    assert page.body == "\nBody.\n"
    assert page.body_start_line == 5


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("Body only\n", 1, "does not start with '---'"),
        ("---\nid: X\n", 1, "never closed"),
        ("---\nid: X\ntitle: [oops\n---\n", 4, "broken YAML"),
        ("---\n- a\n- b\n---\n", 2, "must be a mapping"),
    ],
)
def test_bad_front_matter(text: str, line: int, message: str) -> None:
    with pytest.raises(FrontMatterError, match=message) as raised:
        split_page(text)
    assert raised.value.line == line


def test_every_text_value_with_its_line() -> None:
    page = split_page(
        "---\ntitle: T\nsince: 1\nenforced_by:\n  review: |\n    why\nsources:\n"
        "  - a\n  - b\ntiers:\n  - id: X\n    cites: [c]\n---\n"
    )
    assert page.strings == (
        ("title", "T", 2),
        ("enforced_by", "why\n", 5),
        ("sources", "a", 8),
        ("sources", "b", 9),
        ("tiers", "X", 11),
        ("tiers", "c", 12),
    )
