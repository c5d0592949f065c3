"""Snapshots notice created, deleted and changed files, and skip tool folders."""

from __future__ import annotations

from pathlib import Path

from rulebook.proof.tree import changes, snapshot


def test_changes(tmp_path: Path) -> None:
    (tmp_path / "kept.txt").write_text("a")
    (tmp_path / "gone.txt").write_text("a")
    (tmp_path / "edited.txt").write_text("a")
    before = snapshot(tmp_path)
    (tmp_path / "gone.txt").unlink()
    (tmp_path / "edited.txt").write_text("longer")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub/new.txt").write_text("a")
    (tmp_path / ".mypy_cache").mkdir()
    (tmp_path / ".mypy_cache/x").write_text("ignored")
    assert changes(before, snapshot(tmp_path)) == [
        "changed edited.txt",
        "created sub/new.txt",
        "deleted gone.txt",
    ]


def test_the_generated_site_folder_is_skipped_by_path_not_name(tmp_path: Path) -> None:
    (tmp_path / "docs/generated").mkdir(parents=True)
    (tmp_path / "snippets/X/generated").mkdir(parents=True)
    before = snapshot(tmp_path)
    (tmp_path / "docs/generated/page.md").write_text("rewritten by the site build")
    (tmp_path / "snippets/X/generated/out.txt").write_text("an example's write")
    assert changes(before, snapshot(tmp_path)) == [
        "created snippets/X/generated/out.txt"
    ]
