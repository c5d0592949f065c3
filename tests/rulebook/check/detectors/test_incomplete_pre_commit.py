"""TOOL-04: pre-commit without a secret scan, or with ruff half set up."""

from __future__ import annotations

from pathlib import Path

from tests.rulebook.check.detectors.file_projects import (
    assert_project_detects,
    project_hits,
)

NAME = "incomplete-pre-commit"
COMPLETE = """\
repos:
  - repo: https://github.com/gitleaks/gitleaks
    rev: v8.28.0
    hooks:
      - id: gitleaks
  - repo: local
    hooks:
      - id: ruff-check
        name: ruff check
        entry: uv run --locked ruff check --fix
        language: system
      - id: ruff-format
        name: ruff format
        entry: uv run --locked ruff format
        language: system
"""


def test_a_complete_configuration_passes(tmp_path: Path) -> None:
    files = {".pre-commit-config.yaml": COMPLETE, "uv.lock": LOCK}
    assert project_hits(tmp_path, NAME, files) == []


LOCK = """\
version = 1

[[package]]
name = "ruff"
version = "0.17.6"
"""


def test_old_ruff_rev_lint_only_and_a_stand_in_scanner(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            "uv.lock": LOCK,
            ".pre-commit-config.yaml": """\
                repos:
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.6.9  # [TOOL-04]
                    hooks:
                      - id: ruff  # [TOOL-04]
                  - repo: https://github.com/pre-commit/pre-commit-hooks
                    rev: v6.0.0
                    hooks:
                      - id: detect-private-key  # [TOOL-04]
            """,
        },
    )


def test_no_scanner_at_all_is_reported_at_repos(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            ".pre-commit-config.yaml": """\
                # hooks
                repos:  # [TOOL-04]
                  - repo: https://github.com/pre-commit/pre-commit-hooks
                    rev: v6.0.0
                    hooks:
                      - id: check-yaml
            """,
        },
    )


def test_format_without_lint_and_a_pin_in_pyproject(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            "pyproject.toml": '[dependency-groups]\ndev = ["ruff==0.17.6"]\n',
            ".pre-commit-config.yaml": """\
                repos:
                  - repo: https://github.com/Yelp/detect-secrets
                    rev: v1.5.0
                    hooks:
                      - id: detect-secrets
                  - repo: https://github.com/astral-sh/ruff-pre-commit
                    rev: v0.17.5  # [TOOL-04]
                    hooks:
                      - id: ruff-format  # [TOOL-04]
            """,
        },
    )


def test_rev_is_not_compared_without_an_exact_pin(tmp_path: Path) -> None:
    files = {
        "pyproject.toml": '[dependency-groups]\ndev = ["ruff>=0.5"]\n',
        ".pre-commit-config.yaml": """\
            repos:
              - repo: https://github.com/gitleaks/gitleaks
                rev: v8.28.0
                hooks:
                  - id: gitleaks
              - repo: https://github.com/astral-sh/ruff-pre-commit
                rev: v0.6.9
                hooks:
                  - id: ruff
                  - id: ruff-format
        """,
    }
    assert project_hits(tmp_path, NAME, files) == []


def test_broken_yaml_is_left_to_the_validators(tmp_path: Path) -> None:
    files = {".pre-commit-config.yaml": "repos: [\n", "other.yaml": "repos: []\n"}
    assert project_hits(tmp_path, NAME, files) == []


def test_a_repository_without_a_pre_commit_config(tmp_path: Path) -> None:
    files = {"pyproject.toml": "[project]\nname = 'shop'\n"}
    assert project_hits(tmp_path, "incomplete-pre-commit", files) == []  # not a repo
    (tmp_path / ".git").mkdir()
    assert project_hits(tmp_path, "incomplete-pre-commit", files) == [
        ("pyproject.toml", 1)
    ]
