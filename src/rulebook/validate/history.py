"""Read the repository's git history, or say plainly why it cannot be read.

Two checks stand on history: a published ID is never removed (`registry`) and a retired
rule never comes back (`retirement`). Neither may pass by default when history is
missing, so every way of not having it is an error with a reason:

- `git` is not installed, or the rulebook is not inside a git work tree (an unpacked
  archive, a copy);
- the clone is shallow (CI's default `fetch-depth: 1`), so old commits are absent and
  an ID removed long ago would look as if it never existed.

A work tree with no commit yet has a history, and it is empty: nothing was ever
published. That is the honest answer for a brand-new repository, and it is what the
throwaway rulebooks of the tests are (`tests/builders.MiniRulebook` runs `git init`).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from rulebook.rules.problems import Problem

HISTORY_HINT = (
    "run in a git clone with full history (git fetch --unshallow, or fetch-depth: 0 "
    "in CI)"
)


class HistoryUnavailableError(Exception):
    """Git history cannot be read; the message says why."""


def _git(root: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(  # noqa: S603 - git with fixed arguments
            ["git", *arguments],  # noqa: S607 - git from PATH, like a contributor
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        raise HistoryUnavailableError("git is not installed") from None


def git_log(root: Path, *arguments: str) -> str:
    """The output of `git log ARGUMENTS` run in `root`; empty before the first commit.

    Raises `HistoryUnavailableError` when the history is missing or incomplete.
    """
    state = _git(root, "rev-parse", "--is-inside-work-tree", "--is-shallow-repository")
    answers = state.stdout.split()
    if state.returncode != 0 or answers[:1] != ["true"]:
        raise HistoryUnavailableError(f"{root} is not inside a git work tree")
    if answers[1:2] == ["true"]:
        raise HistoryUnavailableError("the clone is shallow: old commits are missing")
    completed = _git(root, "log", *arguments)
    if completed.returncode == 0:
        return completed.stdout
    if _git(root, "rev-parse", "-q", "--verify", "HEAD").returncode != 0:
        return ""  # no commit yet: nothing was ever published
    reason = completed.stderr.strip() or f"exit status {completed.returncode}"
    raise HistoryUnavailableError(f"git log failed: {reason}")


def history_problem(path: Path, check: str, error: HistoryUnavailableError) -> Problem:
    """The problem reported when a check cannot run for lack of history."""
    return Problem(
        path,
        1,
        "",
        f"git history unavailable: {error}; cannot check that {check}",
        HISTORY_HINT,
    )
