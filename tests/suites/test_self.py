"""The rulebook obeys itself: its code is ruff-clean, formatted and mypy-strict."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from mypy import api

from rulebook.proof.ruff import find_ruff_bin

# "." walks the whole repository, which leaves out snippets/ (see pyproject.toml): the
# examples are linted by tests/suites/test_examples.py with their declared exemptions.
OWN_CODE = ["."]


def test_own_code_is_ruff_clean(root: Path) -> None:
    result = subprocess.run(
        [find_ruff_bin(), "check", "--no-cache", *OWN_CODE],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_own_code_is_formatted(root: Path) -> None:
    result = subprocess.run(
        [find_ruff_bin(), "format", "--no-cache", "--check", *OWN_CODE],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_own_code_passes_mypy_strict(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The files mypy checks are the ones pyproject.toml lists: src, tests, benchmarks.
    monkeypatch.chdir(root)
    stdout, stderr, status = api.run(["--config-file", str(root / "pyproject.toml")])
    assert status == 0, stdout + stderr
