"""The rulebook's exceptions, with the exit status each one means for the command line.

RulebookError             anything the rulebook reports instead of a traceback
├── ToolError             a tool the rulebook runs (ruff, mypy, git) failed to run
└── UsageError            the command was called wrongly
"""

from __future__ import annotations


class RulebookError(Exception):
    """The root of the rulebook's own errors; `exit_code` is the command's status."""

    exit_code = 1


class ToolError(RulebookError):
    """An external tool could not run; the message holds what it printed."""

    exit_code = 2


class UsageError(RulebookError):
    """Bad arguments or configuration; the message says what to do instead."""

    exit_code = 2
