"""Every GOOD and BAD example is linted, formatted, executed, type-checked and proven.

One test id per example and check, for instance `test_example_runs[AP-PY03-bad]`;
a rule's Django pair is proven the same way, as `[AP-PY14-django-good]` (select them
all with `-k django`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from rulebook.check.finding import Finding
from rulebook.proof import ruff
from rulebook.proof.checks import (
    artefact_failures,
    escape_hatch_failures,
    format_failures,
    lint_examples,
    lint_failures,
    unformatted_examples,
)
from rulebook.proof.markers import check_snippets, marker_failures
from rulebook.proof.typecheck import type_check
from rulebook.rules.examples import Example, Kind
from rulebook.rules.loader import Rulebook, load_rulebook
from rulebook.rules.model import Rule

# RULEBOOK_ROOT points the suite at another rulebook: the harness's own tests run it
# on a broken copy in a subprocess and read pytest's real report.
ROOT = Path(os.environ.get("RULEBOOK_ROOT") or Path(__file__).resolve().parents[2])
# Every rule that loads is proven, even while another page is broken: the loader's
# problems are reported by tests/suites/test_rulebook.py, all at once.
RULES = load_rulebook(ROOT).rules
CASES = [(rule, example) for rule in RULES for example in rule.examples]
PYTHON_CASES = [(rule, example) for rule, example in CASES if example.python_files]
ARTEFACT_CASES = [
    (rule, example)
    for rule, example in CASES
    if len(example.python_files) < len(example.files)
]
RUFF_CODES = {rule.id: rule.enforced_by.ruff for rule in RULES}
RUNNABLE = [example for _rule, example in CASES if example.runs]
GOOD_EXAMPLES = [
    pair.good for rule in RULES for pair in rule.pairs if pair.good.python_files
]


def _ids(cases: list[tuple[Rule, Example]]) -> list[str]:
    return [example.test_id for _rule, example in cases]


@pytest.fixture(scope="session")
def good_type_errors(request: pytest.FixtureRequest) -> dict[Example, list[str]]:
    """mypy --strict over the selected GOOD examples, in one run for the session."""
    selected = {
        item.callspec.params["example"]
        for item in request.session.items
        if isinstance(item, pytest.Function)
        and item.originalname == "test_good_example_passes_mypy_strict"
    }
    return type_check(
        [example for example in GOOD_EXAMPLES if example in selected], ROOT
    )


def test_every_rule_has_both_examples() -> None:
    assert RULES, "no rules were loaded"
    assert len(CASES) == 2 * sum(len(rule.pairs) for rule in RULES)
    assert len({example.test_id for _rule, example in CASES}) == len(CASES)


@pytest.fixture(scope="session")
def example_lint() -> list[ruff.Finding]:
    """ruff over every example, once per worker: one run instead of one each."""
    return lint_examples([example for _rule, example in PYTHON_CASES], ROOT)


@pytest.fixture(scope="session")
def unformatted() -> set[Path]:
    """The example files ruff format would change, found in one run."""
    return unformatted_examples([example for _rule, example in PYTHON_CASES], ROOT)


@pytest.mark.parametrize(("rule", "example"), PYTHON_CASES, ids=_ids(PYTHON_CASES))
def test_example_is_lint_clean(
    rule: Rule, example: Example, example_lint: list[ruff.Finding]
) -> None:
    failures = lint_failures(rule, example, ROOT, RUFF_CODES, example_lint)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize(
    "example", [e for _r, e in PYTHON_CASES], ids=_ids(PYTHON_CASES)
)
def test_example_is_formatted(example: Example, unformatted: set[Path]) -> None:
    failures = format_failures(example, ROOT, unformatted)
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("example", RUNNABLE, ids=[e.test_id for e in RUNNABLE])
def test_example_runs_and_prints_its_output_lines(
    example: Example, run_example: Callable[[Example], None]
) -> None:
    run_example(example)


@pytest.mark.parametrize(
    "example", [e for _r, e in ARTEFACT_CASES], ids=_ids(ARTEFACT_CASES)
)
def test_artefact_passes_the_tool_it_configures(example: Example) -> None:
    failures = artefact_failures(example, ROOT)
    assert not failures, "\n".join(failures)


GOOD_CASES = [
    (rule, example) for rule, example in PYTHON_CASES if example.kind is Kind.GOOD
]


@pytest.mark.parametrize(("rule", "example"), GOOD_CASES, ids=_ids(GOOD_CASES))
def test_good_example_silences_nothing_unexplained(
    rule: Rule, example: Example
) -> None:
    failures = escape_hatch_failures(rule, example, ROOT)
    assert not failures, "\n".join(failures)


@pytest.fixture(scope="session")
def snippet_findings(rulebook: Rulebook) -> list[Finding]:
    """`rulebook check` over every example, once per run."""
    return check_snippets(rulebook)


@pytest.mark.parametrize(("rule", "example"), CASES, ids=_ids(CASES))
def test_rulebook_check_reports_exactly_the_markers(
    rule: Rule,
    example: Example,
    snippet_findings: list[Finding],
    rulebook: Rulebook,
) -> None:
    failures = marker_failures(rule, example, snippet_findings, rulebook)
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
