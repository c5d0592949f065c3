"""Published IDs never die: the registry, the pages and git history must agree."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from rulebook.rules.loader import load_rulebook
from rulebook.rules.registry import ever_published, read_registry
from rulebook.validate.history import HistoryUnavailableError
from tests.builders import MiniRulebook


def messages(mini: MiniRulebook) -> list[str]:
    return [problem.message for problem in load_rulebook(mini.root).problems]


def test_registry_lists_ids_with_lines(mini: MiniRulebook) -> None:
    registry, problems = read_registry(mini.root)
    assert problems == []
    assert registry.lines == {"AP-PY16": 2}


def test_malformed_and_repeated_lines(mini: MiniRulebook) -> None:
    mini.write("published-ids.txt", "AP-PY16\nnot an id\nAP-PY16\n")
    _registry, problems = read_registry(mini.root)
    assert [(p.line, p.message) for p in problems] == [
        (2, "'not an id' is not a rule, gate or code ID"),
        (3, "'AP-PY16' is listed twice"),
    ]


def test_missing_registry(mini: MiniRulebook) -> None:
    (mini.root / "published-ids.txt").unlink()
    assert "the list of published IDs is missing" in messages(mini)


def test_page_not_in_the_registry(mini: MiniRulebook) -> None:
    mini.write("published-ids.txt", "# nothing yet\n")
    assert "'AP-PY16' is not in published-ids.txt" in messages(mini)


def test_published_id_without_a_page(mini: MiniRulebook) -> None:
    mini.publish("AP-PY17")
    problems = load_rulebook(mini.root).problems
    (problem,) = problems
    assert problem.message == "'AP-PY17' is published but has no page"
    assert "deprecated or removed" in problem.hint


def _git(root: Path, *arguments: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *arguments],  # noqa: S607
        cwd=root,
        check=True,
        capture_output=True,
    )


def test_removing_a_published_id_fails_with_what_to_do(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17")
    _git(mini.root, "init", "-q")
    _git(mini.root, "add", "-A")
    _git(mini.root, "commit", "-qm", "publish")
    assert ever_published(mini.root) == {"AP-PY16", "AP-PY17"}
    # Rename AP-PY17 to AP-PY18, page and all, without a tombstone.
    mini.edit("published-ids.txt", "AP-PY17", "AP-PY18")
    (mini.root / "docs/rules/AP-PY17.md").rename(mini.root / "docs/rules/AP-PY18.md")
    mini.edit("docs/rules/AP-PY18.md", "id: AP-PY17", "id: AP-PY18")
    (mini.root / "snippets/AP-PY17").rename(mini.root / "snippets/AP-PY18")
    mini.edit("snippets/AP-PY18/bad.py", "AP-PY17", "AP-PY18")
    problems = load_rulebook(mini.root).problems
    (problem,) = problems
    assert problem.message == "'AP-PY17' was published once and is no longer listed"
    assert "never removed or renamed" in problem.hint


def test_no_history_outside_git_is_a_problem(mini: MiniRulebook) -> None:
    shutil.rmtree(mini.root / ".git")
    with pytest.raises(HistoryUnavailableError, match="not inside a git work tree"):
        ever_published(mini.root)
    problem = next(
        p
        for p in load_rulebook(mini.root).problems
        if p.path.name == "published-ids.txt"
    )
    assert problem.line == 1
    assert problem.message == (
        f"git history unavailable: {mini.root} is not inside a git work tree; "
        "cannot check that no published ID was removed"
    )
    assert "fetch-depth: 0" in problem.hint


def test_a_repository_without_commits_has_empty_history(mini: MiniRulebook) -> None:
    assert ever_published(mini.root) == set()
