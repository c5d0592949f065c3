"""`FILL IN` placeholders are named by file and line, with the fix."""

from __future__ import annotations

from pathlib import Path

from rulebook.rules.placeholders import PLACEHOLDER, placeholder_problems


def test_each_line_with_a_placeholder_is_named() -> None:
    text = f"title: ok\nwhy: {PLACEHOLDER}: the harm\n\n# {PLACEHOLDER}\n"
    problems = placeholder_problems(text, Path("page.md"), "DATA-12")
    assert [(p.path, p.line, p.rule_id) for p in problems] == [
        (Path("page.md"), 2, "DATA-12"),
        (Path("page.md"), 4, "DATA-12"),
    ]
    assert problems[0].message == (
        "template placeholder left in: 'why: FILL IN: the harm'"
    )
    assert "replace the FILL IN text" in problems[0].hint


def test_text_without_placeholders_has_no_problem() -> None:
    assert placeholder_problems("fill in the form\n", Path("x.py"), "X") == []
