"""Tools are found in the environment; a missing one says how to install it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulebook.proof.executables import find_executable


def test_finds_tools_of_the_environment() -> None:
    assert Path(find_executable("ruff")).name == "ruff"
    assert Path(find_executable("lychee")).is_file()


def test_missing_tool_says_how_to_install() -> None:
    with pytest.raises(
        RuntimeError, match="no-such-tool is not installed: run 'uv sync'"
    ):
        find_executable("no-such-tool")
