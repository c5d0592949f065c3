"""The example runner fails on wrong output, crashes, sockets, hangs and stray writes.

The in-process tests call the runner directly; `test_broken_examples_fail_one_by_one`
runs the real examples suite in a subprocess on a broken rulebook and reads pytest's
own report, because a failure that only `pytest.raises` sees can still crash pytest
when it has to print it.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest

from rulebook.proof.checks import format_failures
from rulebook.rules.examples import Example, Framework, Kind, find_example
from tests.builders import ROOT, VALID_GOOD, MiniRulebook


def example_of(mini: MiniRulebook, kind: Kind, rule_id: str = "AP-PY16") -> Example:
    example = find_example(mini.root / "snippets", rule_id, kind)
    assert example is not None
    return example


def failure_of(run: Callable[[Example], None], example: Example) -> str:
    with pytest.raises(pytest.fail.Exception) as failed:
        run(example)
    return str(failed.value)


def test_matching_output_passes(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    run_example(example_of(mini, Kind.BAD))


def test_wrong_output_line_fails(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    mini.edit("snippets/AP-PY16/bad.py", "#> ['new', 'new']", "#> ['new']")
    message = failure_of(run_example, example_of(mini, Kind.BAD))
    assert "snippets/AP-PY16/bad.py:9: the '#>' lines differ" in message
    assert "+#> ['new', 'new']" in message


def test_crash_names_the_line_that_raised(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    mini.edit("snippets/AP-PY16/good.py", "return found", "return found[5]")
    message = failure_of(run_example, example_of(mini, Kind.GOOD))
    assert message.startswith(
        "snippets/AP-PY16/good.py:4: the example raised IndexError: "
        "list index out of range (called from snippets/AP-PY16/good.py:7)"
    ), message


def test_output_of_a_print_that_never_ran_fails(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    mini.write(
        "snippets/AP-PY16/good.py",
        "def unused() -> None:\n    print('never')\n    #> never\n",
    )
    message = failure_of(run_example, example_of(mini, Kind.GOOD))
    assert "good.py:3: the print on line 2 never ran" in message


def test_orphan_output_after_a_non_print_line_fails(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    mini.write("snippets/AP-PY16/good.py", "total = 1 + 1\n#> 2\n")
    message = failure_of(run_example, example_of(mini, Kind.GOOD))
    assert "good.py:2: '#>' lines that follow line 1, which is not" in message


def test_print_without_output_lines_fails(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    mini.write("snippets/AP-PY16/good.py", "print('hello')\n")
    message = failure_of(run_example, example_of(mini, Kind.GOOD))
    assert "good.py:1: this print wrote output but no '#>' line follows" in message


def test_one_form_for_match_loops_finally_and_several_lines(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    mini.write(
        "snippets/AP-PY16/good.py",
        """\
        for word in ("a", "b"):
            match word:
                case "a":
                    print("first")
                    #> first
                case _:
                    print(word, "then")
                    #> b then
        else:
            print("done\\nsecond line")
            #> done
            #> second line
        try:
            pass
        finally:
            print("cleanup")
            #> cleanup
        """,
    )
    example = example_of(mini, Kind.GOOD)
    run_example(example)
    assert format_failures(example, mini.root) == []  # ruff format accepts the form


def test_prints_in_every_module_of_a_folder_are_checked(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    (mini.root / "snippets/AP-PY16/good.py").unlink()
    mini.write("snippets/AP-PY16/good/prices.py", "print('loaded')\n#> loaded\n")
    mini.write("snippets/AP-PY16/good/unused.py", "NAME = 'x'\n")
    mini.write("snippets/AP-PY16/good/main.py", "import prices\n\nprint(prices)\n")
    message = failure_of(run_example, example_of(mini, Kind.GOOD))
    assert "good/unused.py:1: this module never ran" in message
    assert "good/main.py:3: this print wrote output" in message
    assert "good/prices.py:" not in message


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


BROKEN = {
    "AP-PY05": "import socket\n\nsocket.create_connection(('example.org', 80))\n",
    "AP-PY07": (
        "from pathlib import Path\n\n"
        "Path(__file__).parents[2].joinpath('published-ids.txt').write_text('')\n"
    ),
    "AP-PY09": "while True:\n    pass\n",
    "AP-PY10": (
        "def charge() -> None:\n    raise ValueError('declined')\n\n\ncharge()\n"
    ),
}


def test_broken_examples_fail_one_by_one(mini: MiniRulebook) -> None:
    for rule_id, good in BROKEN.items():
        mini.add_rule(rule_id)
        mini.write(f"snippets/{rule_id}/good.py", good)
    mini.add_rule("AP-PY11")
    # A folder example with a document, so that every parametrized proof of the
    # examples suite has cases (an empty one fails at collection, on purpose).
    (mini.root / "snippets/AP-PY11/good.py").unlink()
    mini.write("snippets/AP-PY11/good/main.py", VALID_GOOD)
    mini.write(
        "snippets/AP-PY11/good/notes.md", "# Notes\n\nWhy the default is None.\n"
    )
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-n",
            "0",
            "-k",
            "test_example_runs_and_prints_its_output_lines",
            str(ROOT / "tests/suites/test_examples.py"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={
            **os.environ,
            "RULEBOOK_ROOT": str(mini.root),
            "RULEBOOK_EXAMPLE_TIMEOUT": "2",
        },
        timeout=300,
    )
    report = completed.stdout + completed.stderr
    assert "INTERNALERROR" not in report, report
    assert completed.returncode == 1, report
    assert "4 failed, 8 passed" in report, report  # 6 rules x GOOD and BAD
    assert "snippets/AP-PY05/good.py:3: the example opened a network socket" in report
    assert "snippets/AP-PY07/good.py:3: the example tried to write into the " in report
    assert "snippets/AP-PY09/good.py: the example did not finish within 2 s" in report
    assert (
        "snippets/AP-PY10/good.py:2: the example raised ValueError: declined" in report
    )
    assert (mini.root / "published-ids.txt").read_text().strip()


def test_a_write_the_audit_hook_cannot_see_is_still_noticed(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    # A child process is not audited; the before/after snapshot of the tree sees it.
    mini.write(
        "snippets/AP-PY16/good.py",
        "import subprocess\nfrom pathlib import Path\n\n"
        "stray = Path(__file__).parents[2] / 'stray.txt'\n"
        "subprocess.run(['/usr/bin/touch', str(stray)], check=True)\n",
    )
    message = failure_of(run_example, example_of(mini, Kind.GOOD))
    assert message.startswith(
        "snippets/AP-PY16/good.py: the example wrote into the repository "
        "(created stray.txt)"
    ), message


def django_example(mini: MiniRulebook, kind: Kind) -> Example:
    example = find_example(mini.root / "snippets", "AP-PY16", kind, Framework.DJANGO)
    assert example is not None
    return example


def test_a_django_example_runs_like_any_other(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    mini.add_django(real=True)
    run_example(django_example(mini, Kind.GOOD))
    run_example(django_example(mini, Kind.BAD))
    mini.edit(
        "snippets/AP-PY16/django/bad.py",
        "#> ['for-Ada', 'for-Ada']",
        "#> ['for-Ada']",
    )
    message = failure_of(run_example, django_example(mini, Kind.BAD))
    assert "snippets/AP-PY16/django/bad.py:44: the '#>' lines differ" in message


def test_pytest_in_process_runs_in_the_box_and_only_prints_count(
    mini: MiniRulebook, run_example: Callable[[Example], None]
) -> None:
    mini.add_django(real=True)
    mini.add_django_tests()
    # pytest's own report ('1 passed in 0.1s') is not print output: not compared.
    run_example(django_example(mini, Kind.GOOD))
    mini.edit("snippets/AP-PY16/django/good/test_customers.py", "#> stored 1", "")
    message = failure_of(run_example, django_example(mini, Kind.GOOD))
    assert message.startswith(
        "snippets/AP-PY16/django/good/test_customers.py:8: this print wrote output"
    ), message


def test_django_examples_are_proven_in_an_xdist_worker(mini: MiniRulebook) -> None:
    mini.add_django(real=True)
    mini.add_django_tests()
    # A document in an example, so that no parametrized proof is empty.
    mini.write("snippets/AP-PY16/django/good/notes.md", "# Notes\n\nThe fixture.\n")
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-n",
            "1",
            "-v",
            # Markers are proven against the real rulebook's checker catalogue,
            # which knows nothing of this throwaway one.
            "-k",
            "django and not markers",
            str(ROOT / "tests/suites/test_examples.py"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "RULEBOOK_ROOT": str(mini.root)},
        timeout=300,
    )
    report = completed.stdout + completed.stderr
    assert completed.returncode == 0, report
    assert "9 passed" in report, report
    for test_id in (
        "test_example_runs_and_prints_its_output_lines[AP-PY16-django-good]",
        "test_example_runs_and_prints_its_output_lines[AP-PY16-django-bad]",
        "test_good_example_passes_mypy_strict[AP-PY16-django-good]",
        "test_example_is_lint_clean[AP-PY16-django-bad]",
    ):
        passed = [
            line for line in report.splitlines() if line.rstrip().endswith(test_id)
        ]
        assert any("PASSED" in line for line in passed), (test_id, report)
