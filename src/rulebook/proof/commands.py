"""Prove that a recovery command the rulebook tells people to run really exists.

Each command runs with `--help` appended: the program and its subcommand must exist,
yet nothing is installed, changed or migrated. Options are checked only where the tool
checks them before printing its help (uv and alembic do; pytest does not).
"""

from __future__ import annotations

import shlex
from pathlib import Path

from rulebook.proof.shell import probe_problem


def command_problem(command: str, root: Path) -> str | None:
    """None when `command --help` succeeds in `root`; otherwise what went wrong."""
    arguments = shlex.split(command)
    if not arguments or arguments[0] != "uv":
        return (
            f"'{command}' does not start with 'uv': recovery runs the project's tools"
        )
    problem = probe_problem((*arguments, "--help"), root)
    if problem is not None:
        return f"'{command} --help' fails: {problem}"
    return None
