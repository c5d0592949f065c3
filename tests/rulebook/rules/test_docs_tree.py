"""Walks over hand-written pages never read the generated copy under docs/generated/."""

from __future__ import annotations

from pathlib import Path

from rulebook.rules.docs_tree import GENERATED_DIR, source_pages


def test_source_pages_leave_out_the_generated_folder(tmp_path: Path) -> None:
    (tmp_path / "docs/rules").mkdir(parents=True)
    (tmp_path / "docs/index.md").write_text("# Home\n")
    (tmp_path / "docs/rules/AP-PY01.md").write_text("# Rule\n")
    generated = tmp_path / GENERATED_DIR / "pages/rules"
    generated.mkdir(parents=True)
    (generated / "AP-PY01.md").write_text("# Copy\n")
    found = [path.relative_to(tmp_path).as_posix() for path in source_pages(tmp_path)]
    assert found == ["docs/index.md", "docs/rules/AP-PY01.md"]


def test_source_pages_take_a_pattern(tmp_path: Path) -> None:
    (tmp_path / "docs/gates").mkdir(parents=True)
    (tmp_path / "docs/gates/PQG-1.md").write_text("# Gate\n")
    (tmp_path / "docs/index.md").write_text("# Home\n")
    assert source_pages(tmp_path, "gates/*.md") == [tmp_path / "docs/gates/PQG-1.md"]
