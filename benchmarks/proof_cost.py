"""What proving one example costs, against bare pytest-examples on the same examples.

    uv run python benchmarks/proof_cost.py

Both sides run as pytest sessions in this process's environment, one after the other:

- baseline: pytest-examples' own `EvalExample.lint_ruff` and `EvalExample.run` on every
  runnable single-file example (lint and run, in process, nothing else);
- ours: the examples suite (tests/suites/test_examples.py): lint, format, run in the
  box with `#>` output, escape hatches, markers against `rulebook check`, and mypy
  strict on GOOD, for the same examples and the rest.

Each cost is the session's wall time divided by the number of examples it proved.
The full suite's time is printed last (`uv run pytest`, everything). Nothing asserts.
Django examples against FastAPI ones: benchmarks/django_cost.py.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from rulebook.rules.loader import load_rulebook  # noqa: E402 - after the path is set

BASELINE = """
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample

PATHS = {paths!r}


@pytest.mark.parametrize("path", PATHS)
def test_lint_and_run(path: str, eval_example: EvalExample) -> None:
    source = Path(path).read_text()
    example = CodeExample.create(source, path=Path(path))
    eval_example.config = eval_example.config.__class__(ruff_ignore=["ALL"])
    eval_example.lint_ruff(example)
    eval_example.run(example)
"""


def session(*arguments: str) -> float:
    """Wall seconds of one pytest session (failures are reported, not hidden)."""
    start = time.perf_counter()
    completed = subprocess.run(  # noqa: S603 - our own test sessions
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *arguments],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    elapsed = time.perf_counter() - start
    summary = (completed.stdout.strip().splitlines() or ["(no output)"])[-1]
    print(f"    {summary}")
    return elapsed


def main() -> None:
    """Print the cost per example on both sides, their ratio, and the suite's time."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-suite", action="store_true", help="skip the full suite")
    arguments = parser.parse_args()
    rules = load_rulebook(ROOT).rules
    examples = [e for r in rules for e in r.examples]  # Django pairs too
    singles = [str(e.location) for e in examples if e.runs and not e.is_folder]
    with tempfile.TemporaryDirectory() as scratch:
        baseline_file = Path(scratch) / "test_baseline.py"
        baseline_file.write_text(BASELINE.format(paths=singles))
        print(f"baseline: pytest-examples lint + run, {len(singles)} examples")
        base = session(str(baseline_file), "-p", "no:randomly")
    print(f"ours: the examples suite, {len(examples)} examples")
    ours = session("tests/suites/test_examples.py")
    per_base = base / len(singles)
    per_ours = ours / len(examples)
    print(
        f"\nper example: baseline {per_base * 1000:.0f} ms, "
        f"ours {per_ours * 1000:.0f} ms -> {per_ours / per_base:.2f}x "
        "(goal: at most 3x)"
    )
    if not arguments.no_suite:
        print("\nthe full suite (uv run pytest):")
        total = session()
        print(f"full suite: {total:.0f} s (goal: at most 75 s)")


if __name__ == "__main__":
    main()
