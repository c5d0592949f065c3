"""Markers and findings must agree, line for line, in both directions."""

from __future__ import annotations

from rulebook.proof.markers import check_snippets, marker_failures
from rulebook.rules.examples import Framework, Kind
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
    assert "AP-PY16 declares B006, which never fires on any of its BAD" in found[1]


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


DJANGO_BAD = "snippets/AP-PY16/django/bad.py"


def django_failures(mini: MiniRulebook, kind: Kind) -> list[str]:
    rulebook = load_valid_rulebook(mini.root)
    (rule,) = rulebook.rules
    pair = rule.pair(Framework.DJANGO)
    assert pair is not None
    example = pair.bad if kind is Kind.BAD else pair.good
    return marker_failures(rule, example, check_snippets(rulebook), rulebook)


def test_django_examples_are_proven_like_the_others(mini: MiniRulebook) -> None:
    mini.add_django()
    assert django_failures(mini, Kind.BAD) == []
    assert django_failures(mini, Kind.GOOD) == []
    mini.edit(DJANGO_BAD, "  # [AP-PY16]\n", "\n")
    mini.edit(DJANGO_BAD, "    return extra\n", "    return extra  # [AP-PY16]\n")
    assert django_failures(mini, Kind.BAD) == [
        "snippets/AP-PY16/django/bad.py:1: rulebook check reports AP-PY16 here "
        "(B006: Do not use mutable data structures for argument defaults) but the "
        "line is not marked '# [AP-PY16]'; mark it if it is the violation, or change "
        "the example",
        "snippets/AP-PY16/django/bad.py:3: marked '# [AP-PY16]' but rulebook check "
        "reports no AP-PY16 there; move the marker to the line it reports, or fix "
        "the detector",
    ]


def test_a_declared_code_may_fire_on_one_framework_only(mini: MiniRulebook) -> None:
    mini.add_django()
    # The Django BAD shows the harm in a way B006 cannot see (and marks nothing it
    # reports): the rule is still proven, because B006 fires on the FastAPI BAD.
    mini.write(DJANGO_BAD, "shared: list[str] = []  # [AP-PY16]\n")
    found = django_failures(mini, Kind.BAD)
    assert not any("declares B006" in failure for failure in found), found


def test_a_declared_code_silent_on_every_bad_fails_once(mini: MiniRulebook) -> None:
    mini.add_django()
    mini.edit(BAD, "extra: list[str] = []", "extra: list[str] | None = None")
    mini.edit(BAD, "    extra.append", "    extra = extra or []\n    extra.append")
    mini.edit(DJANGO_BAD, "extra: list[str] = []", "extra: list[str] | None = None")
    mini.edit(
        DJANGO_BAD, "    extra.append", "    extra = extra or []\n    extra.append"
    )
    default_bad = [f for f in failures(mini) if "declares B006" in f]
    assert default_bad == [
        "snippets/AP-PY16/bad.py: AP-PY16 declares B006, which never fires on any of "
        "its BAD examples; show that violation or drop the declaration"
    ]
    assert not any("declares B006" in f for f in django_failures(mini, Kind.BAD))


def test_django_good_must_obey_every_rule(mini: MiniRulebook) -> None:
    mini.add_django()
    mini.write(
        "snippets/AP-PY16/django/good.py",
        "def f(x: list[int] = []) -> None:\n    pass\n",
    )
    (failure,) = django_failures(mini, Kind.GOOD)
    assert failure.startswith(
        "snippets/AP-PY16/django/good.py:1: the GOOD example breaks AP-PY16 (B006:"
    )


def test_a_review_only_django_marker_is_compared_with_django_good(
    mini: MiniRulebook,
) -> None:
    mini.add_django()
    mini.edit(
        "docs/rules/AP-PY16.md", "  ruff: [B006]", "  review: a reader must judge it"
    )
    # The default GOOD holds `found.append("new")`; Django's GOOD does not.
    mini.write("snippets/AP-PY16/django/good.py", "print(1)\n#> 1\n")
    mini.write(
        DJANGO_BAD,
        'found = []\nfound.append("new")  # [AP-PY16]\nprint(1)  # [AP-PY16]\n#> 1\n',
    )
    assert django_failures(mini, Kind.BAD) == [
        "snippets/AP-PY16/django/bad.py:3: the marked line also appears unchanged in "
        "the GOOD example, so it cannot be what breaks the rule; mark the line that "
        "differs"
    ]
