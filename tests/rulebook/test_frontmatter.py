"""Front matter is split from the body with field and body line numbers kept."""

from __future__ import annotations

import pytest

from rulebook.frontmatter import FrontMatterError, split_page


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
