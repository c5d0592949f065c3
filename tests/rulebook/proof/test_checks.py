"""The proofs fail, with a clear message, on examples broken on purpose."""

from __future__ import annotations

from rulebook.loader import load_valid_rulebook
from rulebook.model import Rule
from rulebook.proof.checks import detection_failures, format_failures, lint_failures
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
        assert detection_failures(rule, example, mini.root) == []


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


def test_offending_line_removed_from_bad(mini: MiniRulebook) -> None:
    mini.edit(BAD, "extra: list[str] = []", "extra: list[str] | None = None")
    mini.edit(BAD, "    extra.append", "    extra = extra or []\n    extra.append")
    rule = rule_of(mini)
    failures = detection_failures(rule, rule.bad, mini.root)
    assert any(
        "marked '# [AP-PY16]' but none of B006 fires there" in f for f in failures
    )
    assert any(
        "the declared code B006 never fires on the BAD example" in f for f in failures
    )


def test_marker_on_the_wrong_line(mini: MiniRulebook) -> None:
    mini.edit(BAD, "  # [AP-PY16]\n", "\n")
    mini.edit(BAD, "    return extra\n", "    return extra  # [AP-PY16]\n")
    rule = rule_of(mini)
    failures = detection_failures(rule, rule.bad, mini.root)
    assert len(failures) == 2
    assert failures[0].startswith("snippets/AP-PY16/bad.py:1: B006")
    assert "not marked '# [AP-PY16]'" in failures[0]
    assert failures[1].startswith("snippets/AP-PY16/bad.py:3: marked '# [AP-PY16]'")


def test_good_that_triggers_the_declared_code(mini: MiniRulebook) -> None:
    mini.write(GOOD, (mini.root / BAD).read_text().replace("  # [AP-PY16]", ""))
    rule = rule_of(mini)
    (failure,) = detection_failures(rule, rule.good, mini.root)
    assert "the GOOD example triggers B006" in failure


def test_review_only_rule_needs_no_detection(mini: MiniRulebook) -> None:
    mini.edit(
        "docs/rules/AP-PY16.md", "  ruff: [B006]", "  review: a reader must judge it"
    )
    rule = rule_of(mini)
    assert detection_failures(rule, rule.bad, mini.root) == []


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
