"""Source references must start with a known document number."""

from __future__ import annotations

from rulebook.rules.sources import parse_source


def test_known_references() -> None:
    assert parse_source("004 anti-pattern catalogue") == (
        "004",
        "anti-pattern catalogue",
    )
    assert parse_source("002") == ("002", "")


def test_unknown_references() -> None:
    assert parse_source("009 elsewhere") is None
    assert parse_source("the internet") is None
