"""Every GOOD and BAD example is linted, formatted, executed, type-checked and proven.

One test id per example and check, for instance `test_example_runs[AP-PY03-bad]`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytest_examples import CodeExample, EvalExample, find_examples

from rulebook.examples import Example, Kind
from rulebook.loader import load_rulebook
from rulebook.model import Rule
from rulebook.proof.checks import detection_failures, format_failures, lint_failures
from rulebook.proof.ruff import format_source_diff, lint_source
from rulebook.proof.typecheck import type_check

ROOT = Path(__file__).resolve().parents[2]
# Every rule that loads is proven, even while another page is broken: the loader's
# problems are reported by tests/suites/test_rulebook.py, all at once.
RULES = load_rulebook(ROOT).rules
CASES = [(rule, example) for rule in RULES for example in (rule.good, rule.bad)]
EXAMPLES = [example for _rule, example in CASES]
CASE_IDS = [example.test_id for example in EXAMPLES]
GOOD_EXAMPLES = [rule.good for rule in RULES]
PROSE_EXAMPLES = list(find_examples(ROOT / "docs", ROOT / "README.md"))


@pytest.fixture(scope="session")
def good_type_errors() -> dict[Example, list[str]]:
    """mypy --strict over every GOOD example, run once for the whole session."""
    return type_check(GOOD_EXAMPLES, ROOT)


def test_every_rule_has_both_examples() -> None:
    assert RULES, "no rules were loaded"
    assert len(CASES) == 2 * len(RULES)


@pytest.mark.parametrize(("rule", "example"), CASES, ids=CASE_IDS)
def test_example_is_lint_clean(rule: Rule, example: Example) -> None:
    failures = lint_failures(rule, example, ROOT)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("example", EXAMPLES, ids=CASE_IDS)
def test_example_is_formatted(example: Example) -> None:
    failures = format_failures(example, ROOT)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("example", EXAMPLES, ids=CASE_IDS)
def test_example_runs_and_prints_its_output_lines(
    example: Example, run_example: Callable[[Example], None]
) -> None:
    run_example(example)


@pytest.mark.parametrize(("rule", "example"), CASES, ids=CASE_IDS)
def test_declared_ruff_codes_catch_exactly_the_marked_lines(
    rule: Rule, example: Example
) -> None:
    failures = detection_failures(rule, example, ROOT)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "example", GOOD_EXAMPLES, ids=[e.test_id for e in GOOD_EXAMPLES]
)
def test_good_example_passes_mypy_strict(
    example: Example, good_type_errors: dict[Example, list[str]]
) -> None:
    assert example.kind is Kind.GOOD
    errors = good_type_errors[example]
    assert not errors, "mypy --strict:\n" + "\n".join(errors)


@pytest.mark.parametrize("code", PROSE_EXAMPLES, ids=str)
def test_prose_code_block(code: CodeExample, eval_example: EvalExample) -> None:
    findings = lint_source(code.source, code.path, ROOT, first_line=code.start_line)
    assert not findings, "\n".join(finding.format(ROOT) for finding in findings)
    diff = format_source_diff(code.source, code.path, ROOT)
    assert not diff, f"{code}: not formatted as ruff format would:\n{diff}"
    eval_example.run_print_check(code)
