"""Prove that a recovery command the rulebook tells people to run really exists.

Each command runs with `--help` appended: the program and its subcommand must exist,
yet nothing is installed, changed or migrated. Options are checked only where the tool
checks them before printing its help (uv and alembic do; pytest does not).
"""

from __future__ import annotations

import shlex
import subprocess
from pathlib import Path

_TIMEOUT_SECONDS = 120


def command_problem(command: str, root: Path) -> str | None:
    """None when `command --help` succeeds in `root`; otherwise what went wrong."""
    arguments = shlex.split(command)
    if not arguments or arguments[0] != "uv":
        return (
            f"'{command}' does not start with 'uv': recovery runs the project's tools"
        )
    try:
        completed = subprocess.run(  # noqa: S603 - commands written in the rulebook
            [*arguments, "--help"],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
            timeout=_TIMEOUT_SECONDS,
        )
    except FileNotFoundError:
        return f"'{arguments[0]}' is not installed"
    if completed.returncode != 0:
        output = (completed.stderr or completed.stdout).strip().splitlines()
        reason = output[-1] if output else f"exit status {completed.returncode}"
        return f"'{command} --help' fails: {reason}"
    return None
