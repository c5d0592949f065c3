"""The ID scheme accepts the catalogue's IDs and explains what is wrong with others."""

from __future__ import annotations

import pytest

from rulebook.rules.ids import (
    AREA_BY_PREFIX,
    Area,
    RuleIdError,
    format_rule_id,
    normalize_id,
    parse_rule_id,
)


@pytest.mark.parametrize(
    ("text", "parsed"),
    [("AP-PY03", ("AP-PY", 3)), ("DATA-01", ("DATA", 1)), ("PROC-07", ("PROC", 7))],
)
def test_parse_valid_ids(text: str, parsed: tuple[str, int]) -> None:
    assert parse_rule_id(text) == parsed
    assert format_rule_id(*parsed) == text


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("WEB-01", "unknown area prefix 'WEB'"),
        ("DATA-1", "is not a rule ID"),
        ("ap-py03", "is not a rule ID"),
        ("DATA-00", "rule numbers start at 01"),
        ("AP-PY100", "is not a rule ID"),
    ],
)
def test_parse_rejects_ids_outside_the_scheme(text: str, message: str) -> None:
    with pytest.raises(RuleIdError, match=message):
        parse_rule_id(text)


def test_normalize_accepts_any_case() -> None:
    assert normalize_id("  ap-py03 ") == "AP-PY03"


def test_every_area_has_one_prefix() -> None:
    assert sorted(AREA_BY_PREFIX.values()) == sorted(Area)
