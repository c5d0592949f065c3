"""coverage-gaps reports branch coverage off, omitted code and no failing floor."""

from __future__ import annotations

from pathlib import Path

from tests.rulebook.check.detectors.file_projects import (
    assert_project_detects,
    project_hits,
)

NAME = "coverage-gaps"


def test_the_three_gaps(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            "pyproject.toml": """\
            [project]
            name = "orders"

            [tool.coverage.run]
            branch = false  # [TEST-07]
            omit = [
                "src/orders/domain.py",  # [TEST-07]
                "tests/*",
                "src/orders/migrations/*",
            ]

            [tool.coverage.report]
            fail_under = 40  # [TEST-07]
            """,
        },
    )


def test_missing_floor_is_reported_at_the_report_table(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            "pyproject.toml": """\
            [tool.coverage.run]
            branch = true

            [tool.coverage.report]  # [TEST-07]
            show_missing = true
            """,
        },
    )


def test_good_settings_and_projects_without_coverage_pass(tmp_path: Path) -> None:
    good = (
        "[tool.coverage.run]\nbranch = true\n[tool.coverage.report]\nfail_under = 60\n"
    )
    assert project_hits(tmp_path, NAME, {"pyproject.toml": good}) == []
    other = tmp_path / "other"
    other.mkdir()
    assert (
        project_hits(other, NAME, {"pyproject.toml": "[project]\nname = 'x'\n"}) == []
    )
    broken = tmp_path / "broken"
    broken.mkdir()
    assert project_hits(broken, NAME, {"pyproject.toml": "[tool.coverage\n"}) == []
