"""The proofs fail, with a clear message, on examples broken on purpose."""

from __future__ import annotations

from rulebook.proof.checks import (
    escape_hatch_failures,
    format_failures,
    lint_examples,
    lint_failures,
    unformatted_examples,
)
from rulebook.rules.examples import Framework
from rulebook.rules.loader import load_valid_rulebook
from rulebook.rules.model import Rule
from tests.builders import MiniRulebook

BAD = "snippets/AP-PY16/bad.py"
GOOD = "snippets/AP-PY16/good.py"


def rule_of(mini: MiniRulebook) -> Rule:
    (rule,) = load_valid_rulebook(mini.root).rules
    return rule


def test_valid_examples_pass_every_check(mini: MiniRulebook) -> None:
    rule = rule_of(mini)
    for example in (rule.good, rule.bad):
        assert lint_failures(rule, example, mini.root) == []
        assert format_failures(example, mini.root) == []


def test_unused_import_in_good_fails_lint(mini: MiniRulebook) -> None:
    mini.write(GOOD, "import os\n\n\n" + (mini.root / GOOD).read_text())
    rule = rule_of(mini)
    (failure,) = lint_failures(rule, rule.good, mini.root)
    assert failure.startswith("snippets/AP-PY16/good.py:1: F401")
    assert "GOOD code passes every lint" in failure


def test_bad_is_exempt_only_from_its_declared_codes(mini: MiniRulebook) -> None:
    mini.write(BAD, "import os\n\n\n" + (mini.root / BAD).read_text())
    rule = rule_of(mini)
    failures = lint_failures(rule, rule.bad, mini.root)
    assert [failure.split(" (")[0] for failure in failures] == [
        "snippets/AP-PY16/bad.py:1: F401 `os` imported but unused"
    ]


def test_noqa_in_good_needs_a_reason_and_an_exception(mini: MiniRulebook) -> None:
    mini.edit(
        GOOD, "found = list(extra or [])", "found = list(extra or [])  # noqa: B006"
    )
    rule = rule_of(mini)
    failures = escape_hatch_failures(rule, rule.good, mini.root)
    assert failures[0] == (
        "snippets/AP-PY16/good.py:2: 'noqa' without a reason; say why in the same "
        "comment, e.g. '# noqa: S311 - jitter, not a secret'"
    )
    assert "'noqa' silences B006, which AP-PY16's Exceptions section" in failures[1]
    mini.edit(GOOD, "# noqa: B006", "# noqa: S311 - jitter, not a secret")
    rule = rule_of(mini)
    (failure,) = escape_hatch_failures(rule, rule.good, mini.root)
    assert (
        "'noqa' silences S311, which AP-PY16's Exceptions section does not" in failure
    )
    mini.edit(
        "docs/rules/AP-PY16.md", "## Exceptions\n\nNone.", "## Exceptions\n\nS311 x."
    )
    rule = rule_of(mini)
    assert escape_hatch_failures(rule, rule.good, mini.root) == []


def test_type_ignore_and_file_wide_noqa_are_escape_hatches(mini: MiniRulebook) -> None:
    mini.write(GOOD, "# ruff: noqa\n" + (mini.root / GOOD).read_text())
    mini.edit(GOOD, "return found", "return found  # type: ignore[return-value]")
    rule = rule_of(mini)
    failures = escape_hatch_failures(rule, rule.good, mini.root)
    assert [failure.split(":")[1] for failure in failures] == ["1", "1", "5", "5"]
    assert "'ruff: noqa' silences every check" in failures[1]
    assert "'type: ignore' silences return-value" in failures[3]


def test_an_example_without_python_lints_nothing_else(mini: MiniRulebook) -> None:
    # A lint error outside the example, which a repository-wide run would report.
    mini.write("elsewhere.py", "import os\n")
    (mini.root / GOOD).unlink()
    mini.write("snippets/AP-PY16/good.md", "A pull request description.\n")
    rule = rule_of(mini)
    assert lint_failures(rule, rule.good, mini.root) == []


def test_unformatted_example(mini: MiniRulebook) -> None:
    mini.edit(GOOD, "found = list(extra or [])", "found = list( extra or [] )")
    rule = rule_of(mini)
    (failure,) = format_failures(rule.good, mini.root)
    assert "not formatted" in failure
    assert "-    found = list( extra or [] )" in failure
    assert "+    found = list(extra or [])" in failure


def test_batched_lint_and_format_find_what_single_runs_find(
    mini: MiniRulebook,
) -> None:
    mini.write(GOOD, "import os\n\n\n" + (mini.root / GOOD).read_text())
    mini.edit(BAD, "    extra.append", "    extra.append( ")
    mini.edit(BAD, '("new")', '"new")')
    rule = rule_of(mini)
    examples = [rule.good, rule.bad]
    findings = lint_examples(examples, mini.root)
    batched = lint_failures(rule, rule.good, mini.root, findings=findings)
    assert batched == lint_failures(rule, rule.good, mini.root)
    assert batched[0].startswith("snippets/AP-PY16/good.py:1: F401")
    suspects = unformatted_examples(examples, mini.root)
    assert suspects == {(mini.root / BAD).resolve()}
    assert format_failures(rule.good, mini.root, suspects) == []
    (failure,) = format_failures(rule.bad, mini.root, suspects)
    assert '+    extra.append("new")' in failure


def test_django_examples_may_import_after_setup_but_nothing_more(
    mini: MiniRulebook,
) -> None:
    mini.add_django()
    path = "snippets/AP-PY16/django/good.py"
    mini.write(path, "import os  # noqa: E402\nimport sys  # noqa: E402, F401\n")
    rule = rule_of(mini)
    django = rule.pair(Framework.DJANGO)
    assert django is not None
    failures = escape_hatch_failures(rule, django.good, mini.root)
    # E402 alone is the framework's own constraint; anything more is an exception.
    assert [failure.split(": '")[0] for failure in failures] == [
        "snippets/AP-PY16/django/good.py:2",
        "snippets/AP-PY16/django/good.py:2",
    ]
    mini.write(GOOD, "import os  # noqa: E402\n")
    rule = rule_of(mini)
    assert len(escape_hatch_failures(rule, rule.good, mini.root)) == 2


def test_django_examples_are_linted_and_formatted_like_the_others(
    mini: MiniRulebook,
) -> None:
    mini.add_django()
    path = "snippets/AP-PY16/django/bad.py"
    mini.write(path, "import os\n\n\n" + (mini.root / path).read_text())
    rule = rule_of(mini)
    django = rule.pair(Framework.DJANGO)
    assert django is not None
    # BAD is exempt from B006, the code its rule declares, and from nothing else.
    assert [f.split(" (")[0] for f in lint_failures(rule, django.bad, mini.root)] == [
        "snippets/AP-PY16/django/bad.py:1: F401 `os` imported but unused"
    ]
    mini.edit(path, "import os\n", "import os;import sys\n")
    (failure,) = format_failures(django.bad, mini.root)
    assert "+import os\n+import sys" in failure
