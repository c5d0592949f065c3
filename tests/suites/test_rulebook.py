"""The real rulebook loads without a single problem."""

from __future__ import annotations

from pathlib import Path

from rulebook.check.detectors import all_detectors
from rulebook.rules.loader import load_rulebook

ROOT = Path(__file__).resolve().parents[2]


def test_the_rulebook_has_no_problems() -> None:
    rulebook = load_rulebook(ROOT)
    listing = "\n".join(problem.format(ROOT) for problem in rulebook.problems)
    assert not rulebook.problems, f"{len(rulebook.problems)} problems:\n{listing}"
    assert rulebook.rules, "the rulebook has no rules"


def test_every_detector_is_declared_by_its_rule() -> None:
    rulebook = load_rulebook(ROOT)
    pages = rulebook.by_id()
    detectors = all_detectors()
    assert detectors, "no detector was discovered"
    undeclared = [
        f"{name} ({detector.rule_id}): add it to enforced_by.rulebook on the page"
        for name, detector in detectors.items()
        if name not in pages[detector.rule_id].enforced_by.rulebook
    ]
    assert not undeclared, "\n".join(undeclared)
