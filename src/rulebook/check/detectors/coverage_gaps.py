"""TEST-07: coverage settings that hide untested code or never fail the build.

Reads the `[tool.coverage]` tables of each `pyproject.toml` in the project and reports:

- `branch = false` in `[tool.coverage.run]`, at its line: line coverage alone counts
  an `if` as covered when only one of its outcomes ran;
- an `omit` entry that leaves out application code, at the entry's line; entries that
  name tests, migrations, generated code, `conftest.py` or `__main__.py` are allowed;
- `fail_under` missing from `[tool.coverage.report]` (reported at that table, or at
  `[tool.coverage.run]` when there is no report table), or set below 60, the overall
  target the rule gives.

Misses: `.coveragerc`, `setup.cfg` and `tox.ini` copies of the settings, the 80% target
for domain modules (a separate command, which only a reader can check), `# pragma: no
cover` comments, and a CI job that never runs coverage at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from rulebook.check.detectors import Project, ProjectHit
from rulebook.check.detectors._files import (
    files_named,
    get_path,
    key_line,
    load_toml,
    read_text,
    table_line,
    table_of_lines,
)

RULE_ID = "TEST-07"
NAME = "coverage-gaps"

OVERALL_TARGET = 60
"""The overall coverage target TEST-07 gives (source 002)."""
_ALLOWED_OMIT = re.compile(
    r"(^|/)(tests?|migrations|alembic|versions|generated|__pycache__)(/|$)"
    r"|conftest\.py$|__main__\.py$|_pb2\.py$|test_[^/]*\.py$"
)


def detect_project(project: Project) -> Iterator[ProjectHit]:
    """Report coverage settings that hide code or never fail, in each pyproject."""
    for shown, disk in files_named(project, "pyproject.toml"):
        text = read_text(disk)
        document = load_toml(text) if text is not None else None
        if text is None or document is None:
            continue
        if not isinstance(get_path(document, "tool.coverage"), dict):
            continue
        yield from _check(shown, text, document)


def _check(shown: Path, text: str, document: dict[str, object]) -> Iterator[ProjectHit]:
    if get_path(document, "tool.coverage.run.branch") is False:
        yield ProjectHit(
            shown,
            key_line(text, "tool.coverage.run", "branch") or 1,
            1,
            "branch coverage is off: an `if` counts as covered when only one of "
            "its outcomes ran; set `branch = true`",
        )
    omitted = get_path(document, "tool.coverage.run.omit")
    if isinstance(omitted, list):
        for entry in omitted:
            if isinstance(entry, str) and not _ALLOWED_OMIT.search(entry):
                yield ProjectHit(
                    shown,
                    _entry_line(text, "tool.coverage.run", entry),
                    1,
                    f"`omit` leaves application code out of coverage ({entry!r}); "
                    "test it, or delete the code it covers for",
                )
    target = get_path(document, "tool.coverage.report.fail_under")
    if target is None:
        table = table_line(text, "tool.coverage.report")
        yield ProjectHit(
            shown,
            table or table_line(text, "tool.coverage.run") or 1,
            1,
            "coverage never fails the build: set `fail_under` in "
            f"[tool.coverage.report] (at least {OVERALL_TARGET})",
        )
    elif isinstance(target, int | float) and target < OVERALL_TARGET:
        yield ProjectHit(
            shown,
            key_line(text, "tool.coverage.report", "fail_under") or 1,
            1,
            f"`fail_under = {target}` is below the {OVERALL_TARGET}% overall target",
        )


def _entry_line(text: str, table: str, entry: str) -> int:
    """The line of an array entry (its quoted text) inside `table`."""
    tables = table_of_lines(text)
    for number, line in enumerate(text.splitlines(), start=1):
        if tables[number - 1] == table and (
            f'"{entry}"' in line or f"'{entry}'" in line
        ):
            return number
    return key_line(text, table, "omit") or 1
