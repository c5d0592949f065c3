"""mypy --strict runs over examples and maps each error back to its own file."""

from __future__ import annotations

from rulebook.proof.typecheck import type_check
from rulebook.rules.examples import Kind, find_example
from tests.builders import MiniRulebook


def test_clean_examples_have_no_errors(mini: MiniRulebook) -> None:
    good = find_example(mini.root / "snippets", "AP-PY16", Kind.GOOD)
    assert good is not None
    assert type_check([good], mini.root) == {good: []}


def test_type_error_is_reported_with_the_original_path(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17")
    mini.write("snippets/AP-PY17/good.py", "def double(x):\n    return x * 2\n")
    first = find_example(mini.root / "snippets", "AP-PY16", Kind.GOOD)
    second = find_example(mini.root / "snippets", "AP-PY17", Kind.GOOD)
    assert first is not None
    assert second is not None
    errors = type_check([first, second], mini.root)
    assert errors[first] == []
    (error,) = errors[second]
    assert error.startswith(
        "snippets/AP-PY17/good.py:1: Function is missing a type annotation"
    )


def test_folder_examples_import_their_siblings(mini: MiniRulebook) -> None:
    (mini.root / "snippets/AP-PY16/good.py").unlink()
    mini.write(
        "snippets/AP-PY16/good/prices.py",
        "def total(cents: list[int]) -> int:\n    return sum(cents)\n",
    )
    mini.write(
        "snippets/AP-PY16/good/main.py",
        "from prices import total\n\nresult: str = total([1, 2])\n",
    )
    good = find_example(mini.root / "snippets", "AP-PY16", Kind.GOOD)
    assert good is not None
    (error,) = type_check([good], mini.root)[good]
    assert error.startswith(
        "snippets/AP-PY16/good/main.py:3: Incompatible types in assignment"
    )


def test_errors_carry_a_fix_and_explicit_any_is_refused(mini: MiniRulebook) -> None:
    mini.write(
        "snippets/AP-PY16/good.py",
        "from typing import Any\n\n\ndef double(x: Any) -> Any:\n    return x * 2\n",
    )
    good = find_example(mini.root / "snippets", "AP-PY16", Kind.GOOD)
    assert good is not None
    errors = type_check([good], mini.root)[good]
    assert errors, "explicit Any passed mypy"
    assert errors[0].startswith('snippets/AP-PY16/good.py:4: Explicit "Any" is not')
    assert errors[0].endswith(
        "fix: name the real type; GOOD examples use no `Any` (TYPE-02)"
    )
