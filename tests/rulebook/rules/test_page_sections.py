"""The statement and the four sections are checked, each problem at its page line."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulebook.rules.page_sections import SectionReader
from rulebook.rules.problems import ProblemLog
from rulebook.rules.sections import split_body
from tests.builders import MiniRulebook

PAGE = "docs/rules/AP-PY16.md"


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("## Why\n", "## Rationale\n", "unknown section '## Rationale'"),
        ("## Exceptions\n\nNone.\n", "", "section '## Exceptions' is missing"),
        (
            "Never use a mutable object as a default argument value.\n",
            "",
            "the one-sentence statement is missing",
        ),
        (
            "## Why\n",
            "# Mutable defaults\n\n## Why\n",
            "level-1 heading '# Mutable defaults'",
        ),
        ("ruff's B006 reports it.\n", "", "section '## Enforcement' is empty"),
    ],
)
def test_section_problems(
    mini: MiniRulebook, old: str, new: str, expected: str
) -> None:
    mini.edit(PAGE, old, new)
    messages = [problem.message for problem in mini.problems()]
    assert expected in messages


def test_sections_out_of_order(mini: MiniRulebook) -> None:
    text = (mini.root / PAGE).read_text()
    why = (
        "## Why\n\nThe default is built once, when the function is defined, "
        "and shared by every call.\n\n"
    )
    text = text.replace(why, "") + "\n" + why
    mini.write(PAGE, text)
    assert "sections are out of order" in [p.message for p in mini.problems()]


BODY = """\
Keep it short.

## Why

Because.

## How to spot it in review

- Long.

## Enforcement

Review.

## Exceptions

None.
"""


def test_the_reader_reads_a_body_on_its_own() -> None:
    log = ProblemLog(Path("page.md"), "AP-PY16")
    prose = SectionReader(log).read(split_body(BODY, 12))
    assert prose is not None
    assert (prose.statement, prose.why, prose.exceptions) == (
        "Keep it short.",
        "Because.",
        "None.",
    )
    assert log.problems == []
    twice = BODY + "\n## Why\n\nAgain.\n"
    assert SectionReader(log).read(split_body(twice, 12)) is None
    assert [(p.line, p.message) for p in log.problems] == [
        (12, "sections are out of order"),
        (12, "a section appears twice"),
    ]
