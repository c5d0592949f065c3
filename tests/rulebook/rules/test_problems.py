"""Problems render as `file:line: ID: message` with a fix, and sort by file and line."""

from __future__ import annotations

from pathlib import Path

from rulebook.rules.problems import Problem, ProblemLog, RulebookInvalidError


def test_format_is_relative_with_a_fix() -> None:
    problem = Problem(Path("/r/docs/rules/X.md"), 4, "AP-PY01", "bad level", "use must")
    assert (
        problem.format(Path("/r"))
        == "docs/rules/X.md:4: AP-PY01: bad level\n    fix: use must"
    )


def test_to_dict_for_tools() -> None:
    problem = Problem(Path("/r/a.md"), 2, "", "m", "h")
    assert problem.to_dict(Path("/r")) == {
        "file": "a.md",
        "line": 2,
        "id": "",
        "message": "m",
        "hint": "h",
    }


def test_error_lists_all_problems_sorted() -> None:
    later = Problem(Path("b.md"), 1, "B", "second", "h")
    earlier = Problem(Path("a.md"), 9, "A", "first", "h")
    error = RulebookInvalidError([later, earlier])
    text = str(error)
    assert text.startswith("the rulebook has 2 problems:")
    assert text.index("first") < text.index("second")


def test_log_records_on_the_page_unless_told_otherwise() -> None:
    log = ProblemLog(Path("docs/rules/X.md"), "AP-PY01")
    log.add(3, "bad level", "use must")
    log.add(1, "no marker", "mark it", Path("snippets/AP-PY01/bad.py"))
    log.extend([Problem(Path("a.md"), 2, "AP-PY01", "m", "h")])
    assert [(p.path.name, p.line, p.message) for p in log.problems] == [
        ("X.md", 3, "bad level"),
        ("bad.py", 1, "no marker"),
        ("a.md", 2, "m"),
    ]
    assert all(p.rule_id == "AP-PY01" for p in log.problems)
