"""Markers and findings must agree, line for line, in both directions."""

from __future__ import annotations

from rulebook.proof.markers import check_snippets, marker_failures
from rulebook.rules.loader import load_valid_rulebook
from tests.builders import MiniRulebook

BAD = "snippets/AP-PY16/bad.py"
GOOD = "snippets/AP-PY16/good.py"


def failures(mini: MiniRulebook, kind: str = "bad") -> list[str]:
    rulebook = load_valid_rulebook(mini.root)
    (rule,) = rulebook.rules
    example = rule.bad if kind == "bad" else rule.good
    return marker_failures(rule, example, check_snippets(rulebook), rulebook)


def test_valid_examples_agree(mini: MiniRulebook) -> None:
    assert failures(mini, "bad") == []
    assert failures(mini, "good") == []


def test_offending_line_removed_from_bad(mini: MiniRulebook) -> None:
    mini.edit(BAD, "extra: list[str] = []", "extra: list[str] | None = None")
    mini.edit(BAD, "    extra.append", "    extra = extra or []\n    extra.append")
    found = failures(mini)
    assert found[0].startswith(
        "snippets/AP-PY16/bad.py:1: marked '# [AP-PY16]' but rulebook check reports "
        "no AP-PY16 there"
    )
    assert "AP-PY16 declares B006, which never fires on the BAD example" in found[1]


def test_marker_on_the_wrong_line(mini: MiniRulebook) -> None:
    mini.edit(BAD, "  # [AP-PY16]\n", "\n")
    mini.edit(BAD, "    return extra\n", "    return extra  # [AP-PY16]\n")
    found = failures(mini)
    assert len(found) == 2, found
    assert found[0].startswith("snippets/AP-PY16/bad.py:1: rulebook check reports")
    assert "(B006: Do not use mutable data structures" in found[0]
    assert "not marked '# [AP-PY16]'" in found[0]
    assert found[1].startswith("snippets/AP-PY16/bad.py:3: marked '# [AP-PY16]'")


def test_good_that_breaks_any_rule_fails(mini: MiniRulebook) -> None:
    mini.write(GOOD, (mini.root / BAD).read_text().replace("  # [AP-PY16]", ""))
    (failure,) = failures(mini, "good")
    assert failure.startswith(
        "snippets/AP-PY16/good.py:1: the GOOD example breaks AP-PY16 (B006:"
    )


def test_good_may_break_a_rule_its_exceptions_name(mini: MiniRulebook) -> None:
    add_review_only(mini, "AP-PY05")
    bad_code = (mini.root / BAD).read_text().replace("  # [AP-PY16]", "")
    mini.write("snippets/AP-PY05/good.py", bad_code)
    rulebook = load_valid_rulebook(mini.root)
    rule = rulebook.by_id()["AP-PY05"]
    (failure,) = marker_failures(rule, rule.good, check_snippets(rulebook), rulebook)
    assert "the GOOD example breaks AP-PY16" in failure
    mini.edit(
        "docs/rules/AP-PY05.md", "## Exceptions\n\nNone.", "## Exceptions\n\nAP-PY16"
    )
    rulebook = load_valid_rulebook(mini.root)
    rule = rulebook.by_id()["AP-PY05"]
    assert marker_failures(rule, rule.good, check_snippets(rulebook), rulebook) == []


def add_review_only(mini: MiniRulebook, rule_id: str) -> None:
    mini.add_rule(rule_id)  # review only, like every added rule


def test_marker_of_a_review_only_rule_on_a_line_good_has_too(
    mini: MiniRulebook,
) -> None:
    mini.edit(
        "docs/rules/AP-PY16.md", "  ruff: [B006]", "  review: a reader must judge it"
    )
    mini.edit(BAD, "  # [AP-PY16]\n", "\n")
    mini.edit(BAD, "#> ['new']\n", "#> ['new']\n# a note  # [AP-PY16]\n")
    mini.edit(BAD, "\n\nprint(tags())\n", "\n\nprint(tags())  # [AP-PY16]\n")
    found = failures(mini)
    assert found == [
        "snippets/AP-PY16/bad.py:6: the marked line also appears unchanged in the "
        "GOOD example, so it cannot be what breaks the rule; mark the line that "
        "differs",
        "snippets/AP-PY16/bad.py:8: the marker sits on a line with no code; put it "
        "at the end of the offending line",
    ], found


def test_marker_naming_another_review_only_rule_is_refused(mini: MiniRulebook) -> None:
    add_review_only(mini, "AP-PY05")
    mini.edit(BAD, "# [AP-PY16]", "# [AP-PY16, AP-PY05]")
    (failure,) = failures_of(mini, "AP-PY16")
    assert "marks [AP-PY05], a review-only rule that no tool checks" in failure


def failures_of(mini: MiniRulebook, rule_id: str) -> list[str]:
    rulebook = load_valid_rulebook(mini.root)
    rule = rulebook.by_id()[rule_id]
    return marker_failures(rule, rule.bad, check_snippets(rulebook), rulebook)
