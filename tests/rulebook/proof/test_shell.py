"""Shell blocks: bash parses them, and each command exists, proven with --help only."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from rulebook.proof.shell import (
    Command,
    block_failures,
    commands,
    probe,
    script_lines,
)


def test_simple_commands_of_a_script() -> None:
    lines = [
        "# set up",
        "uv run ruff check . && uv run mypy  # both",
        "(for run in $(seq 1 5); do uv run pytest -q || exit; done)",
        "uv run python -c 'print(1)' > out.txt 2>&1",
        "uv run alembic upgrade \\",
        "  head",
        "cd src; X=1 uv run pytest",
        "cat <<EOF",
        "not a command",
        "EOF",
    ]
    found = [(command.line, command.words) for command in commands(lines, 10)]
    assert found == [
        (11, ("uv", "run", "ruff", "check", ".")),
        (11, ("uv", "run", "mypy")),
        (12, ("uv", "run", "pytest", "-q")),
        (13, ("uv", "run", "python", "-c", "print(1)")),
        (14, ("uv", "run", "alembic", "upgrade", "head")),
        (16, ("uv", "run", "pytest")),
        (17, ("cat",)),
    ]


def test_console_blocks_keep_only_prompted_lines() -> None:
    source = "$ uv run pytest \\\n> -q\n3 passed\n$ uv run mypy\nSuccess\n"
    assert script_lines(source, console=True) == [
        "uv run pytest \\",
        "-q",
        "",
        "uv run mypy",
        "",
    ]


@pytest.mark.parametrize(
    ("command", "probed"),
    [
        ("uv run alembic upgrade head", "uv run alembic upgrade head --help"),
        ("uv add --dev mypy", "uv add --dev mypy --help"),
        ("git diff --exit-code -- x", "git diff -h"),
        ("uv run --with x python -c 1", "uv run --with x python --help"),
        ("python -m pytest -q", "python -m pytest --help"),
        ("sudo uv sync", "uv sync --help"),
    ],
)
def test_probes_run_help_and_never_the_command(command: str, probed: str) -> None:
    assert probe(tuple(shlex.split(command))) == shlex.split(probed)


def test_system_programs_are_never_run() -> None:
    assert probe(("rm", "-rf", "build")) is None


def test_real_commands_pass(root: Path) -> None:
    source = "uv run ruff check .\ngit status --short\nuv run python -c 'import json'\n"
    assert block_failures(source, 5, "docs/page.md", root) == []


def test_unknown_subcommand_fails_at_its_page_line(root: Path) -> None:
    source = "# comment\nuv run ruff check .\nuv run rulebook frobnicate --all\n"
    (failure,) = block_failures(source, 20, "docs/page.md", root)
    assert failure.startswith(
        "docs/page.md:22: 'uv run rulebook frobnicate --all' does not exist as "
        "written: 'uv run rulebook frobnicate --all --help' fails:"
    )
    assert "frobnicate" in failure.split("fails:")[1]


def test_unknown_git_subcommand_and_missing_program(root: Path) -> None:
    source = "git frobnicate\nno-such-program-here --fix\n"
    git, missing = block_failures(source, 1, "README.md", root)
    assert git.startswith("README.md:1: 'git frobnicate' does not exist as written")
    assert missing.startswith("README.md:2: 'no-such-program-here' is not installed")


def test_python_code_must_compile(root: Path) -> None:
    (failure,) = block_failures("uv run python -c 'print(1'\n", 7, "a.md", root)
    assert failure.startswith("a.md:7: the code of 'uv run python -c")
    assert "does not compile" in failure


def test_syntax_error_is_reported_before_commands(root: Path) -> None:
    source = "uv run pytest\nfor x in 1 2; do\n  uv run no-such-tool\n"
    (failure,) = block_failures(source, 30, "docs/page.md", root)
    assert failure.startswith("docs/page.md:33: bash cannot parse the block:")


def test_command_text_is_shell_quoted() -> None:
    assert Command(1, ("uv", "run", "python", "-c", "a b")).text == (
        "uv run python -c 'a b'"
    )
