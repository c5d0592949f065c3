"""Shared fixtures: the repository root and the loaded rulebook."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulebook.loader import Rulebook, load_valid_rulebook

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    """The real rulebook, loaded and validated once per run."""
    return load_valid_rulebook(ROOT)
