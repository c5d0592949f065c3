"""mypy --strict runs over examples and maps each error back to its own file."""

from __future__ import annotations

import json

import pytest
from django.conf import settings

from rulebook.proof import typecheck
from rulebook.proof.typecheck import type_check
from rulebook.rules.examples import Framework, Kind, find_example
from tests.builders import ROOT, MiniRulebook


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


def test_django_examples_are_checked_with_the_django_plugins(
    mini: MiniRulebook,
) -> None:
    mini.add_django(real=True)
    snippets = mini.root / "snippets"
    good = find_example(snippets, "AP-PY16", Kind.GOOD, Framework.DJANGO)
    plain = find_example(snippets, "AP-PY16", Kind.GOOD)
    assert good is not None
    assert plain is not None
    # The shared cache keeps Django's stubs warm across tests and suite runs.
    assert type_check([good, plain], mini.root, ROOT / ".mypy_cache") == {
        good: [],
        plain: [],
    }
    config = (mini.root / ".mypy_cache/django-examples.ini").read_text()
    assert "mypy_django_plugin.main, mypy_drf_plugin.main" in config
    assert "django_settings_module = rulebook.proof.django_settings" in config
    # The plugin configured Django in its own process, never in this one.
    assert not settings.configured


def test_a_model_of_an_example_needs_its_explicit_manager(mini: MiniRulebook) -> None:
    mini.add_django(real=True)
    mini.edit(
        "snippets/AP-PY16/django/good.py",
        "    name = models.CharField(max_length=50)\n"
        "    objects: ClassVar[models.Manager[Self]] = models.Manager()\n",
        "    name = models.CharField(max_length=50)\n",
    )
    mini.edit("snippets/AP-PY16/django/good.py", "tags(order))", "tags(order) + 1)")
    good = find_example(mini.root / "snippets", "AP-PY16", Kind.GOOD, Framework.DJANGO)
    assert good is not None
    errors = type_check([good], mini.root, ROOT / ".mypy_cache")[good]
    assert [error.split("\n")[0] for error in errors] == [
        'snippets/AP-PY16/django/good.py:39: "type[Customer]" has no attribute '
        '"objects"  [attr-defined]',
        'snippets/AP-PY16/django/good.py:40: No overload variant of "__add__" of '
        '"list" matches argument type "int"  [operator]',
        'snippets/AP-PY16/django/good.py:42: No overload variant of "__add__" of '
        '"list" matches argument type "int"  [operator]',
    ]


def test_mypy_that_cannot_run_for_django_is_an_error(
    mini: MiniRulebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    mini.add_django(real=True)
    good = find_example(mini.root / "snippets", "AP-PY16", Kind.GOOD, Framework.DJANGO)
    assert good is not None
    monkeypatch.setattr(typecheck, "DJANGO_SETTINGS", "no_such_settings_module")
    with pytest.raises(RuntimeError, match="mypy with the Django plugins could not"):
        type_check([good], mini.root, ROOT / ".mypy_cache")


def test_the_child_runs_each_job_and_answers_in_json(mini: MiniRulebook) -> None:
    good = mini.root / "snippets/AP-PY16/good.py"
    broken = mini.write("broken.py", "x: int = 'text'\n")
    jobs = [["--strict", str(good)], ["--strict", str(broken)]]
    answer = json.loads(typecheck.serve(lambda: json.dumps(jobs)))
    assert answer[0] == "Success: no issues found in 1 source file\n"
    assert "broken.py:1: error: Incompatible types in assignment" in answer[1]
