"""The shared readers of non-Python project files."""

from __future__ import annotations

from pathlib import Path

from rulebook.check.detectors._files import (
    files_named,
    get_path,
    key_line,
    load_toml,
    pre_commit_hooks,
    read_text,
    requirement_name,
    table_line,
    table_of_lines,
)
from tests.rulebook.check.detectors.file_projects import build_project

TOML = """\
# top
name = "x"
[tool . "ruff"]  # comment
target-version = "py312"
"line-length" = 88
[[tool.other]]
target-version = "py39"
"""


def test_tables_and_keys_by_line() -> None:
    assert table_of_lines(TOML)[:4] == ["", "", "tool.ruff", "tool.ruff"]
    assert table_line(TOML, "tool.ruff") == 3
    assert table_line(TOML, "tool.mypy") is None
    assert key_line(TOML, "tool.ruff", "target-version") == 4
    assert key_line(TOML, "tool.ruff", "line-length") == 5
    assert key_line(TOML, "tool.other", "target-version") == 7
    assert key_line(TOML, "", "name") == 2
    assert key_line(TOML, "tool.ruff", "name") is None


def test_load_toml_and_get_path() -> None:
    document = load_toml(TOML)
    assert document is not None
    assert get_path(document, "tool.ruff.target-version") == "py312"
    assert get_path(document, "tool.mypy.python_version") is None
    assert get_path(document, "name.deeper") is None
    assert load_toml("[broken") is None


def test_requirement_names_are_normalised() -> None:
    assert requirement_name("Black[d]>=24") == "black"
    assert requirement_name("Flake8_Bugbear==24.1") == "flake8-bugbear"
    assert requirement_name("  zope.interface") == "zope-interface"
    assert requirement_name(">=1") == ""


def test_files_by_name_and_unreadable_files(tmp_path: Path) -> None:
    project = build_project(tmp_path, {"a/pyproject.toml": "", "b/uv.lock": ""})
    assert [shown.as_posix() for shown, _ in files_named(project, "uv.lock")] == [
        "b/uv.lock"
    ]
    (tmp_path / "latin1.txt").write_bytes(b"caf\xe9")
    assert read_text(tmp_path / "latin1.txt") is None
    assert read_text(tmp_path / "missing.txt") is None


def test_pre_commit_hooks_with_lines() -> None:
    parsed = pre_commit_hooks(
        "# x\nrepos:\n  - repo: local\n    hooks:\n      - id: ruff-check\n"
        "        entry: uv run ruff check\n      - name: no id\n      - just text\n"
        "  - repo: https://github.com/gitleaks/gitleaks\n    rev: v8.28.0\n"
        "    hooks: none\n  - plain\n"
    )
    assert parsed is not None
    repos_line, hooks = parsed
    assert repos_line == 2
    assert [(hook.id, hook.id_line, hook.entry) for hook in hooks] == [
        ("ruff-check", 5, "uv run ruff check"),
        ("", 7, ""),
    ]
    assert hooks[0].rev_line == 3  # no rev: the repo's line


def test_pre_commit_hooks_rejects_what_is_not_a_config() -> None:
    assert pre_commit_hooks("repos: [\n") is None
    assert pre_commit_hooks("- a list\n") is None
    assert pre_commit_hooks("default_stages: [commit]\n") is None
    assert pre_commit_hooks("repos: 3\n") is None
