"""The rule model derives its family, heading and URL from the ID."""

from __future__ import annotations

from rulebook.rules.examples import Framework
from rulebook.rules.loader import load_valid_rulebook
from rulebook.rules.model import Enforcement
from tests.builders import MiniRulebook


def test_rule_derived_properties(mini: MiniRulebook) -> None:
    mini.add_rule("DATA-01")
    rules = load_valid_rulebook(mini.root).by_id()
    anti_pattern, data = rules["AP-PY16"], rules["DATA-01"]
    assert anti_pattern.is_anti_pattern
    assert not data.is_anti_pattern
    assert data.family == "DATA"
    assert anti_pattern.heading == "AP-PY16: Mutable default arguments"
    assert anti_pattern.url_path == "rules/AP-PY16/"
    assert anti_pattern.line_of("level") == 6
    assert anti_pattern.line_of("replaced_by") == 1


def test_enforcement_summary_is_honest() -> None:
    assert Enforcement(ruff=("B006",)).summary() == "ruff B006"
    assert Enforcement(ruff=("B006",)).is_automated
    review = Enforcement(review="a reader must judge it")
    assert review.summary() == "review only"
    assert not review.is_automated


def test_a_rule_lists_its_pairs_default_first(mini: MiniRulebook) -> None:
    mini.add_rule("DATA-01")
    mini.add_django()
    rules = load_valid_rulebook(mini.root).by_id()
    both, one = rules["AP-PY16"], rules["DATA-01"]
    assert both.frameworks == (Framework.FASTAPI, Framework.DJANGO)
    assert one.frameworks == (Framework.FASTAPI,)
    assert [e.test_id for e in both.examples] == [
        "AP-PY16-good",
        "AP-PY16-bad",
        "AP-PY16-django-good",
        "AP-PY16-django-bad",
    ]
    django = both.pair(Framework.DJANGO)
    assert django is not None
    assert django.good.location.parent.name == "django"
    assert one.pair(Framework.DJANGO) is None
    default = one.pair(Framework.FASTAPI)
    assert default is not None
    assert (default.good, default.bad) == (one.good, one.bad)
