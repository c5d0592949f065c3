"""Pages and examples are UTF-8 without a byte-order mark, with LF line endings.

A BOM or CRLF endings are invisible in most editors, yet a BOM hides the `---` that
opens the front matter and CRLF changes every example's bytes. They are named for what
they are here, and the text is read as if they were absent so that every other problem
is still found (`.gitattributes` keeps them out of the repository).
"""

from __future__ import annotations

from pathlib import Path

from rulebook.rules.problems import Problem

BOM = b"\xef\xbb\xbf"


def format_problems(path: Path, rule_id: str, data: bytes) -> list[Problem]:
    """A byte-order mark at the start, and the first CRLF or lone CR line ending."""
    problems: list[Problem] = []
    if data.startswith(BOM):
        problems.append(
            Problem(
                path,
                1,
                rule_id,
                f"'{path.name}' starts with a byte-order mark (BOM)",
                "save the file as UTF-8 without BOM",
            )
        )
    if b"\r" in data:
        line = data[: data.index(b"\r")].count(b"\n") + 1
        kind = "CRLF" if b"\r\n" in data else "CR"
        problems.append(
            Problem(
                path,
                line,
                rule_id,
                f"'{path.name}' has {kind} line endings (first at line {line})",
                "save the file with LF line endings; .gitattributes (eol=lf) keeps "
                "git from checking them out again",
            )
        )
    return problems


def read_page(path: Path, rule_id: str) -> tuple[str, list[Problem]]:
    """The file's text without BOM, lines ending in LF, and its format problems."""
    data = path.read_bytes()
    problems = format_problems(path, rule_id, data)
    text = data.removeprefix(BOM).decode()
    return text.replace("\r\n", "\n").replace("\r", "\n"), problems
