"""Each error class says which exit status it means."""

from __future__ import annotations

from rulebook.errors import RulebookError, ToolError, UsageError


def test_exit_codes() -> None:
    assert RulebookError("x").exit_code == 1
    assert ToolError("x").exit_code == 2
    assert UsageError("x").exit_code == 2
    assert issubclass(ToolError, RulebookError)
