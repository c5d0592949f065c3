"""Recovery commands must exist: real ones pass, invented ones fail with the reason."""

from __future__ import annotations

from pathlib import Path

from rulebook.proof.commands import command_problem


def test_real_commands_exist(root: Path) -> None:
    assert command_problem("uv run mypy --strict src", root) is None
    assert command_problem("uv add --dev mypy", root) is None


def test_unknown_program_fails(root: Path) -> None:
    problem = command_problem("uv run no-such-tool --fix", root)
    assert problem is not None
    assert problem.startswith("'uv run no-such-tool --fix --help' fails:")


def test_unknown_subcommand_fails(root: Path) -> None:
    problem = command_problem("uv run alembic rewind -1", root)
    assert problem is not None
    assert "rewind" in problem


def test_unknown_uv_option_fails(root: Path) -> None:
    problem = command_problem("uv add --dev --no-such-flag mypy", root)
    assert problem is not None
    assert "no-such-flag" in problem


def test_only_project_tools(root: Path) -> None:
    assert command_problem("rm -rf build", root) == (
        "'rm -rf build' does not start with 'uv': recovery runs the project's tools"
    )
