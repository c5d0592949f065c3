"""TOOL-03: black, isort or flake8 configured beside ruff."""

from __future__ import annotations

from pathlib import Path

from tests.rulebook.check.detectors.file_projects import (
    assert_project_detects,
    project_hits,
)

NAME = "second-formatter"


def test_black_and_isort_beside_ruff(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            "pyproject.toml": """\
                [project]
                name = "orders"
                dependencies = ["fastapi>=0.115"]

                [project.optional-dependencies]
                lint = ["flake8-bugbear>=24"]  # [TOOL-03]

                [dependency-groups]
                dev = [
                    "Black[d]==25.9.0",  # [TOOL-03]
                    "isort==6.1.0",  # [TOOL-03]
                    "ruff==0.17.6",
                    "pylint==3.3.0",
                ]

                [tool.black]  # [TOOL-03]
                line-length = 100

                [tool.isort]  # [TOOL-03]
                profile = "black"

                [tool.ruff]
                line-length = 88
            """
        },
    )


def test_flake8_files_and_hooks_in_a_ruff_project(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            "ruff.toml": "line-length = 88\n",
            ".flake8": "[flake8]  # [TOOL-03]\nmax-line-length = 100\n",
            "setup.cfg": "[metadata]\nname = x\n[isort]  # [TOOL-03]\nprofile = b\n",
            ".pre-commit-config.yaml": """\
                repos:
                  - repo: https://github.com/psf/black
                    rev: 25.9.0
                    hooks:
                      - id: black  # [TOOL-03]
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.17.6
                    hooks:
                      - id: ruff-check
            """,
        },
    )


def test_ruff_alone_passes(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": """\
            [project]
            name = "orders"
            description = "not black, not isort"

            [dependency-groups]
            dev = ["ruff==0.17.6"]  # sorts imports like isort, formats like black

            [tool.ruff.lint.isort]
            known-first-party = ["orders"]
        """
    }
    assert project_hits(tmp_path, NAME, files) == []


def test_black_without_ruff_is_the_c2_alternative(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": '[project]\nname = "x"\n\n[tool.black]\nline-length = 100\n',
        ".flake8": "[flake8]\n",
    }
    assert project_hits(tmp_path, NAME, files) == []


def test_ruff_hook_alone_marks_a_ruff_project(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            ".pre-commit-config.yaml": """\
                repos:
                  - repo: local
                    hooks:
                      - id: ruff-format
                        name: ruff format
                        entry: uv run ruff format
                        language: system
                      - id: isort  # [TOOL-03]
                        name: isort
                        entry: isort
                        language: system
            """
        },
    )
