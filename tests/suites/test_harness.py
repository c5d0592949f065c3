"""The example runner fails on output that differs from `#>` lines and on crashes."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from rulebook.examples import Example, Kind, find_example
from tests.builders import MiniRulebook


def example_of(mini: MiniRulebook, kind: Kind) -> Example:
    example = find_example(mini.root / "snippets", "AP-PY16", kind)
    assert example is not None
    return example


def test_matching_output_passes(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    run_example(example_of(mini, Kind.BAD))


def test_wrong_output_line_fails(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    mini.edit("snippets/AP-PY16/bad.py", "#> ['new', 'new']", "#> ['new']")
    with pytest.raises(pytest.fail.Exception) as failed:
        run_example(example_of(mini, Kind.BAD))
    assert "['new', 'new']" in str(failed.value)


def test_crashing_example_fails(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    mini.edit("snippets/AP-PY16/good.py", "return found", "return found[5]")
    with pytest.raises(pytest.fail.Exception) as failed:
        run_example(example_of(mini, Kind.GOOD))
    assert "good.py:4" in str(failed.value)
    assert "raised IndexError: list index out of range" in str(failed.value)


def test_folder_examples_do_not_share_modules(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    (mini.root / "snippets/AP-PY16/good.py").unlink()
    mini.write("snippets/AP-PY16/good/shop/__init__.py", "")
    mini.write("snippets/AP-PY16/good/shop/prices.py", "NAME = 'first'\n")
    mini.write(
        "snippets/AP-PY16/good/main.py",
        "from shop.prices import NAME\n\nprint(NAME)\n#> first\n",
    )
    run_example(example_of(mini, Kind.GOOD))
    mini.edit("snippets/AP-PY16/good/shop/prices.py", "first", "second")
    mini.edit("snippets/AP-PY16/good/main.py", "#> first", "#> second")
    run_example(example_of(mini, Kind.GOOD))


def test_folder_example_runs_its_main(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    (mini.root / "snippets/AP-PY16/good.py").unlink()
    mini.write(
        "snippets/AP-PY16/good/prices.py",
        "def total(cents: list[int]) -> int:\n    return sum(cents)\n",
    )
    mini.write(
        "snippets/AP-PY16/good/main.py",
        "from prices import total\n\nprint(total([1, 2]))\n#> 3\n",
    )
    run_example(example_of(mini, Kind.GOOD))
