"""ruff runs with the project's configuration and reports files and lines exactly."""

from __future__ import annotations

from pathlib import Path

from rulebook.proof import ruff
from tests.builders import MiniRulebook


def test_known_rules_have_names_and_urls() -> None:
    rule = ruff.known_rules()["BLE001"]
    assert rule.name == "blind-except"
    assert rule.url == "https://docs.astral.sh/ruff/rules/blind-except/"


def test_lint_uses_the_project_config(mini: MiniRulebook) -> None:
    path = mini.write("snippets/x.py", "import os\n\nprint(1)\n")
    findings = ruff.lint([path], mini.root)
    assert [(f.line, f.code) for f in findings] == [
        (1, "F401")
    ]  # T201 is allowed in snippets


def test_lint_can_ignore_codes(mini: MiniRulebook) -> None:
    path = mini.write("snippets/x.py", "import os\n")
    assert ruff.lint([path], mini.root, ignore=["F401"]) == []


def test_format_diff_keeps_output_lines(mini: MiniRulebook) -> None:
    path = mini.write("snippets/x.py", "print(1)\n#> 1\n")
    assert ruff.format_diff([path], mini.root) == ""


def test_format_diff_shows_real_differences(mini: MiniRulebook) -> None:
    path = mini.write("snippets/x.py", "print( 1 )\n#> 1\n")
    diff = ruff.format_diff([path], mini.root)
    assert "-print( 1 )" in diff
    assert "+print(1)" in diff
    assert "#> 1" not in diff.replace(" #> 1", "")  # context lines only


def test_lint_source_maps_lines_to_the_page(mini: MiniRulebook) -> None:
    page = mini.root / "docs/page.md"
    findings = ruff.lint_source("x = 1\nimport os\n", page, mini.root, first_line=10)
    assert [(f.path, f.line, f.code) for f in findings] == [
        (page, 11, "E402"),
        (page, 11, "F401"),
    ]


def test_finding_format_is_relative(mini: MiniRulebook) -> None:
    finding = ruff.Finding(mini.root / "a.py", 3, "F401", "unused")
    assert finding.format(mini.root) == "a.py:3: F401 unused"
    assert finding.format(Path("/elsewhere")).endswith("a.py:3: F401 unused")
