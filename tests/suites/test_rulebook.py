"""The real rulebook loads without a single problem."""

from __future__ import annotations

from pathlib import Path

from rulebook.loader import load_rulebook

ROOT = Path(__file__).resolve().parents[2]


def test_the_rulebook_has_no_problems() -> None:
    rulebook = load_rulebook(ROOT)
    listing = "\n".join(problem.format(ROOT) for problem in rulebook.problems)
    assert not rulebook.problems, f"{len(rulebook.problems)} problems:\n{listing}"
    assert rulebook.rules, "the rulebook has no rules"
