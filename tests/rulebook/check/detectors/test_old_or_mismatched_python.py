"""TOOL-01: old or disagreeing Python versions in pyproject.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulebook.check.detectors.old_or_mismatched_python import lowest_allowed
from tests.rulebook.check.detectors.file_projects import (
    assert_project_detects,
    project_hits,
)

NAME = "old-or-mismatched-python"


def test_old_floor_and_tools_that_disagree(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            "pyproject.toml": """\
                [project]
                name = "orders"
                requires-python = ">=3.9"  # [TOOL-01]

                [tool.ruff]
                target-version = "py39"  # [TOOL-01]

                [tool.mypy]
                python_version = "3.12"  # [TOOL-01]
            """
        },
    )


def test_one_version_everywhere_passes(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            "pyproject.toml": """\
                [project]
                name = "orders"
                requires-python = ">=3.12"

                [tool.ruff]
                target-version = "py312"

                [tool.mypy]
                python_version = "3.12"
                strict = true
            """
        },
    )


def test_new_floor_with_a_tool_on_another_version(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            "pyproject.toml": """\
                [project]
                requires-python = ">=3.11"
                [tool.mypy]
                python_version = "3.13"  # [TOOL-01]
            """
        },
    )


def test_missing_requires_python_is_reported_at_the_project_table(
    tmp_path: Path,
) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {"pyproject.toml": '# orders\n[project]  # [TOOL-01]\nname = "orders"\n'},
    )


def test_files_that_are_not_project_manifests_are_skipped(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": "[tool.black]\nline-length = 88\n",
        "sub/pyproject.toml": "[project\nbroken",
        "other.toml": '[project]\nrequires-python = ">=3.8"\n',
    }
    assert project_hits(tmp_path, NAME, files) == []


@pytest.mark.parametrize(
    ("specifier", "floor"),
    [
        (">=3.11", (3, 11)),
        (">=3.11.5", (3, 11)),
        ("~=3.10", (3, 10)),
        (">3.10", (3, 10)),
        ("==3.12.*", (3, 12)),
        (">=3.9, <4", (3, 9)),
        ("<3.13", None),
        ("!=3.8", None),
        ("", None),
        ("garbage", None),
    ],
)
def test_lowest_allowed(specifier: str, floor: tuple[int, int] | None) -> None:
    assert lowest_allowed(specifier) == floor


def test_no_lower_bound_is_reported(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {"pyproject.toml": '[project]\nrequires-python = "<4"  # [TOOL-01]\n'},
    )
