"""Text, JSON and GitHub annotations carry the path, line, rule and link."""

from __future__ import annotations

import json
from pathlib import Path

from rulebook.check.finding import Finding
from rulebook.check.report import write_report
from rulebook.check.runner import CheckRequest, CheckResult
from tests.rulebook.check.test_runner import CATALOGUE

FINDING = Finding(Path("shop.py"), 1, 29, "AP-PY16", "B006", "Mutable default, here")
REQUEST = CheckRequest(paths=(Path(),), root=Path(), catalogue=CATALOGUE)
RESULT = CheckResult([FINDING], [], files=3)


def test_text() -> None:
    assert write_report(RESULT, REQUEST, "text") == (
        "shop.py:1:29: AP-PY16 Mutable default, here [B006]\n"
        "    https://rules.test/r/AP-PY16/\n"
        "1 finding in 3 files (AP-PY16 1)\n"
    )


def test_json() -> None:
    document = json.loads(write_report(RESULT, REQUEST, "json"))
    assert document["findings"] == [
        {
            "path": "shop.py",
            "line": 1,
            "column": 29,
            "rule": "AP-PY16",
            "check": "B006",
            "message": "Mutable default, here",
            "url": "https://rules.test/r/AP-PY16/",
        }
    ]


def test_github_annotation_escapes_properties() -> None:
    assert write_report(RESULT, REQUEST, "github") == (
        "::warning file=shop.py,line=1,col=29,title=AP-PY16::"
        "AP-PY16 Mutable default, here\n"
    )
