"""The fence finder finds every block, with its info string and exact page lines."""

from __future__ import annotations

from pathlib import Path

from rulebook.proof.fences import find_fences, page_fences

PAGE = Path("docs/page.md")


def test_backtick_and_tilde_fences_with_exact_lines() -> None:
    text = "# Title\n\n```bash\nuv run pytest\n```\n\n~~~yaml\na: 1\n~~~\n"
    first, second = find_fences(PAGE, text)
    assert (first.fence_line, first.first_line, first.language) == (3, 4, "bash")
    assert first.source == "uv run pytest\n"
    assert (second.fence_line, second.first_line, second.language) == (7, 8, "yaml")
    assert second.source == "a: 1\n"


def test_info_string_attributes() -> None:
    text = '```toml title="pyproject.toml" linenums=1\n[project]\n```\n'
    (fence,) = find_fences(PAGE, text)
    assert fence.language == "toml"
    assert fence.title == "pyproject.toml"
    assert fence.attributes == {"title": "pyproject.toml", "linenums": "1"}
    (braced,) = find_fences(PAGE, "``` {.Python .annotate}\npass\n```\n")
    assert braced.language == "python"


def test_a_fence_inside_a_longer_fence_is_content() -> None:
    text = "````markdown\n```python\nx = 1\n```\n````\n\n```\nafter\n```\n"
    outer, after = find_fences(PAGE, text)
    assert outer.language == "markdown"
    assert outer.source == "```python\nx = 1\n```\n"
    assert (after.language, after.fence_line) == ("", 7)


def test_tilde_fence_is_not_closed_by_backticks() -> None:
    (fence,) = find_fences(PAGE, "~~~text\n```\nstill inside\n~~~\n")
    assert fence.source == "```\nstill inside\n"


def test_indented_fence_is_dedented() -> None:
    text = "1. Run:\n\n    ```bash\n    uv run mypy\n      --strict\n    ```\n"
    (fence,) = find_fences(PAGE, text)
    assert (fence.first_line, fence.source) == (4, "uv run mypy\n  --strict\n")


def test_unclosed_fence_runs_to_the_end() -> None:
    (fence,) = find_fences(PAGE, "text\n```python\nx = 1\n")
    assert fence.source == "x = 1\n"


def test_inline_triple_backticks_are_not_a_fence() -> None:
    assert find_fences(PAGE, "```code``` in a sentence\n") == []


def test_snippet_includes_are_skipped() -> None:
    text = '```python\n--8<-- "snippets/AP-PY01/good.py"\n```\n--8<-- "README.md"\n'
    assert find_fences(PAGE, text) == []


def test_test_id_names_page_and_fence_line(tmp_path: Path) -> None:
    (tmp_path / "docs/using").mkdir(parents=True)
    (tmp_path / "docs/using/page.md").write_text("\n```python\npass\n```\n")
    (tmp_path / "README.md").write_text("```bash\nuv run pytest\n```\n")
    (tmp_path / "CONTRIBUTING.md").write_text("no blocks\n")
    (tmp_path / "other.md").write_text("```python\nnot a page\n```\n")
    ids = [fence.test_id(tmp_path) for fence in page_fences(tmp_path)]
    assert ids == ["README.md:1", "docs/using/page.md:2"]
