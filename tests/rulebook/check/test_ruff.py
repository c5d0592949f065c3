"""ruff runs once over the files with the selected codes, with exact columns."""

from __future__ import annotations

from pathlib import Path

from rulebook.check.ruff import Diagnostic, run_ruff


def test_diagnostics_with_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "shop.py"
    path.write_text(
        "\n\ndef tags(extra: list[str] = []) -> list[str]:\n    return []\n"
    )
    assert run_ruff([path], ["B006"], tmp_path) == [
        Diagnostic(
            path,
            3,
            29,
            "B006",
            "Do not use mutable data structures for argument defaults",
        )
    ]


def test_a_syntax_error_is_left_to_the_runner(tmp_path: Path) -> None:
    path = tmp_path / "broken.py"
    path.write_text("def tags(:\n")
    assert run_ruff([path], ["B006"], tmp_path) == []


def test_nothing_to_run() -> None:
    assert run_ruff([], ["B006"], Path()) == []
    assert run_ruff([Path("x.py")], [], Path()) == []
