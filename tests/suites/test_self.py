"""The rulebook obeys itself: its code is ruff-clean, formatted and mypy-strict."""

from __future__ import annotations

import subprocess
from pathlib import Path

from mypy import api

from rulebook.proof.ruff import find_ruff_bin

OWN_CODE = ["src", "tests", "benchmarks"]


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


def test_own_code_passes_mypy_strict(root: Path) -> None:
    stdout, stderr, status = api.run(
        ["--config-file", str(root / "pyproject.toml"), *OWN_CODE]
    )
    assert status == 0, stdout + stderr
