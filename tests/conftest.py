"""Shared fixtures: the repository root, the real rulebook, throwaway rulebooks."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulebook.rules.loader import Rulebook, load_valid_rulebook
from tests.builders import ROOT, MiniRulebook


@pytest.fixture(scope="session")
def root() -> Path:
    """The repository root."""
    return ROOT


@pytest.fixture(scope="session")
def rulebook() -> Rulebook:
    """The real rulebook, loaded and validated once per run."""
    return load_valid_rulebook(ROOT)


@pytest.fixture
def mini(tmp_path: Path) -> MiniRulebook:
    """A fresh one-rule rulebook in a temporary folder."""
    return MiniRulebook(tmp_path)
