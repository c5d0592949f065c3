"""Each language tag gets its consuming tool; a broken block fails at its page line."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulebook.proof.blocks import block_failures, pycon_source
from rulebook.proof.fences import Fence, find_fences

PAGE = "docs/using/not-a-page.md"


def fence(root: Path, text: str) -> Fence:
    """The one block of a page text, as if it were at `PAGE` (never written)."""
    (found,) = find_fences(root / PAGE, text)
    return found


def failures(root: Path, text: str) -> list[str]:
    return block_failures(fence(root, text), root)


def test_a_good_python_block_passes(root: Path) -> None:
    text = "Intro\n\n```python\ntotal = sum([1, 2])\nprint(total)\n#> 3\n```\n"
    assert failures(root, text) == []


def test_python_lint_error_names_the_page_line(root: Path) -> None:
    text = "Intro\n\n```python\nimport os\n\nprint(1)\n#> 1\n```\n"
    (failure,) = failures(root, text)
    assert failure == f"{PAGE}:4: F401 `os` imported but unused (fix the block)"


def test_python_wrong_output_unformatted_and_untyped(root: Path) -> None:
    text = "\n```py\ndef double(x):\n    return x*2\nprint(double(2))\n#> 5\n```\n"
    found = "\n".join(failures(root, text))
    assert f"{PAGE}:3: ANN001" in found
    assert f"{PAGE}:3: the block is not formatted as ruff format writes it" in found
    assert f"{PAGE}:6: the '#>' lines differ from what the print on line 5" in found
    assert f"{PAGE}:3: Function is missing a type annotation" in found
    assert "(mypy --strict)" in found


def test_python_crash_names_the_page_line(root: Path) -> None:
    text = "\n\n```python\nnumbers: list[int] = []\nprint(numbers[0])\n```\n"
    (failure,) = failures(root, text)
    assert failure.startswith(f"{PAGE}:5: the example raised IndexError")


def test_pycon_session_is_replayed(root: Path) -> None:
    good = "```pycon\n>>> 1 + 1\n2\n>>> print('a')\na\n```\n"
    assert failures(root, good) == []
    (failure,) = failures(root, "\n```pycon\n>>> 2 * 3\n7\n```\n")
    assert failure.startswith(f"{PAGE}:3: the session differs from what Python does")
    assert "Expected:\n    7\nGot:\n    6" in failure


def test_pycon_source_keeps_lines() -> None:
    assert pycon_source(">>> x = 1\n>>> if x:\n...     y = 2\nout\n") == (
        "x = 1\nif x:\n    y = 2\n\n"
    )


def test_yaml_that_does_not_parse(root: Path) -> None:
    (failure,) = failures(root, "\n```yaml\na: 1\nb: [2,\nc: 3\n```\n")
    assert failure.startswith(f"{PAGE}:5: the YAML does not parse:")


def test_yaml_workflow_is_recognised_and_validated(root: Path) -> None:
    text = "```yaml\nname: CI\non: [push]\njobs:\n  test: 3\n```\n"
    (failure,) = failures(root, text)
    assert failure.startswith(f"{PAGE}:2: as .github/workflows/ci.yml:")
    assert "GitHub Actions workflow fails its schema" in failure


def test_yaml_titled_pre_commit_config(root: Path) -> None:
    text = '```yaml title=".pre-commit-config.yaml"\nrepos:\n  - hooks: []\n```\n'
    (failure,) = failures(root, text)
    assert failure.startswith(f"{PAGE}:2: as .pre-commit-config.yaml:")


def test_plain_yaml_only_parses(root: Path) -> None:
    assert failures(root, "```yaml\nenforced_by:\n  ruff: [BLE001]\n```\n") == []


def test_toml_parse_error_and_pyproject_tools(root: Path) -> None:
    (broken,) = failures(root, "```toml\n[a]\nb = \n```\n")
    assert broken.startswith(f"{PAGE}:3: the TOML does not parse:")
    text = "```toml\n[tool.ruff]\nline-lenght = 3\n```\n"
    (ruff,) = failures(root, text)
    assert ruff.startswith(f"{PAGE}:2: as pyproject.toml: ruff does not accept it")
    assert "line-lenght" in ruff


def test_json(root: Path) -> None:
    assert failures(root, '```json\n{"a": 1}\n```\n') == []
    (failure,) = failures(root, '```json\n{\n  "a": 1,\n}\n```\n')
    assert failure.startswith(f"{PAGE}:4: the JSON does not parse:")


@pytest.mark.parametrize("tag", ["text", "markdown", "ini"])
def test_unchecked_tags(root: Path, tag: str) -> None:
    assert failures(root, f"```{tag}\nanything [at all\n```\n") == []


def test_unknown_language_asks_for_a_known_tag(root: Path) -> None:
    (failure,) = failures(root, "\n\n```cobol\nDISPLAY 'HI'.\n```\n")
    assert failure.startswith(
        f"{PAGE}:3: the block has 'cobol', which no check knows; tag it with one of"
    )
    (untagged,) = failures(root, "```\nplain\n```\n")
    assert untagged.startswith(f"{PAGE}:1: the block has no language tag")


def test_shell_block_with_a_missing_subcommand(root: Path) -> None:
    text = "```bash\nuv run ruff check .\nuv run alembic rewind -1\n```\n"
    (failure,) = failures(root, text)
    assert failure.startswith(
        f"{PAGE}:3: 'uv run alembic rewind -1' does not exist as written"
    )
