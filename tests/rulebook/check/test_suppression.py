"""Suppression comments are found in comments only, with their IDs and reason."""

from __future__ import annotations

from rulebook.check.suppression import Suppression, covers, find_suppressions


def test_comment_with_ids_and_reason() -> None:
    source = "x = []  # rulebook: ignore[ap-py05, NAME] kept for the old API\n"
    assert find_suppressions(source) == [
        Suppression(1, 9, ("AP-PY05", "NAME"), "kept for the old API")
    ]


def test_text_in_a_string_is_not_a_suppression() -> None:
    assert find_suppressions("x = '# rulebook: ignore[AP-PY05] no'\n") == []


def test_missing_reason_is_empty() -> None:
    (found,) = find_suppressions("x = 1  # rulebook: ignore[AP-PY05]\n")
    assert found.reason == ""


def test_covers_ids_and_families() -> None:
    suppression = Suppression(1, 1, ("NAME", "AP-PY05"), "why")
    assert covers(suppression, "NAME-08")
    assert covers(suppression, "AP-PY05")
    assert not covers(suppression, "AP-PY06")
    assert covers(Suppression(1, 1, ("AP-PY",), "why"), "AP-PY06")
