"""The catalogue shipped in the package equals the one derived from the rule pages."""

from __future__ import annotations

from rulebook.check.catalogue import (
    CATALOGUE_FILE,
    build_catalogue,
    load_catalogue,
    parse_catalogue,
)
from tests.builders import ROOT


def test_shipped_catalogue_matches_the_rulebook() -> None:
    built = build_catalogue(ROOT)
    assert CATALOGUE_FILE.read_text(encoding="utf-8") == built.to_json(), (
        "src/rulebook/check/catalogue.json is stale: run "
        "'uv run python -m rulebook.check.catalogue'"
    )
    assert load_catalogue() == built


def test_round_trip_and_code_owners() -> None:
    catalogue = load_catalogue()
    assert parse_catalogue(catalogue.to_json()) == catalogue
    owners = catalogue.by_ruff_code()
    assert owners["B006"] == ["AP-PY16"]
    assert all(len(rules) == 1 for rules in owners.values())
    assert catalogue.rules["AP-PY16"].family == "AP-PY"
    assert catalogue.rules["DATA-01"].family == "DATA"
