"""Git history is read in full, or its absence is an error with a reason."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from rulebook.validate.history import (
    HISTORY_HINT,
    HistoryUnavailableError,
    git_log,
    history_problem,
)
from tests.builders import MiniRulebook


def test_no_commit_yet_is_an_empty_history(mini: MiniRulebook) -> None:
    assert git_log(mini.root, "--format=%H") == ""


def test_the_log_of_a_repository(mini: MiniRulebook) -> None:
    mini.commit("first")
    assert git_log(mini.root, "--format=%s") == "first\n"


def test_outside_a_work_tree(tmp_path: Path) -> None:
    with pytest.raises(HistoryUnavailableError, match="is not inside a git work tree"):
        git_log(tmp_path, "--format=%H")


def test_a_shallow_clone(mini: MiniRulebook, tmp_path: Path) -> None:
    mini.commit("first")
    mini.write("docs/more.md", "# More\n")
    mini.commit("second")
    clone = tmp_path / "clone"
    subprocess.run(
        ["git", "clone", "-q", "--depth=1", mini.root.as_uri(), str(clone)],  # noqa: S607
        check=True,
        capture_output=True,
    )
    with pytest.raises(HistoryUnavailableError, match="the clone is shallow"):
        git_log(clone, "--format=%H")


def test_without_git(mini: MiniRulebook, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    with pytest.raises(HistoryUnavailableError, match="git is not installed"):
        git_log(mini.root, "--format=%H")


def test_the_problem_says_what_cannot_be_checked(tmp_path: Path) -> None:
    error = HistoryUnavailableError("the clone is shallow: old commits are missing")
    problem = history_problem(tmp_path / "x.txt", "nothing was lost", error)
    assert problem.format() == (
        f"{tmp_path / 'x.txt'}:1: git history unavailable: the clone is shallow: old "
        "commits are missing; cannot check that nothing was lost\n"
        f"    fix: {HISTORY_HINT}"
    )
    assert "fetch-depth: 0" in HISTORY_HINT


def test_a_rulebook_without_history_reports_both_checks(mini: MiniRulebook) -> None:
    shutil.rmtree(mini.root / ".git")
    found = [(p.path, p.message) for p in mini.problems()]
    reason = f"git history unavailable: {mini.root} is not inside a git work tree"
    assert found == [
        (
            mini.root / "docs/rules",
            f"{reason}; cannot check that no retired rule came back",
        ),
        (
            mini.root / "published-ids.txt",
            f"{reason}; cannot check that no published ID was removed",
        ),
    ]
