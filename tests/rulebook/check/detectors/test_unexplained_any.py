"""Tests of the unexplained-any detector (TYPE-02)."""

from __future__ import annotations

from tests.checking import assert_detects


def test_any_inside_types_without_a_reason_is_reported() -> None:
    assert_detects(
        "unexplained-any",
        """
        from typing import Any, TypeAlias, cast
        import typing as t

        Payload: TypeAlias = dict[str, Any]  # [TYPE-02]

        class Event:
            body: dict[str, Any]  # [TYPE-02]

        def handle(body: dict[str, Any]) -> list[t.Any] | None:  # [TYPE-02]
            data: Any = body  # [TYPE-02]
            return cast(list[Any], data)  # [TYPE-02]
        """,
    )


def test_bare_any_in_signatures_is_left_to_ann401() -> None:
    assert_detects(
        "unexplained-any",
        """
        from typing import Any

        def forward(*args: Any, **kwargs: Any) -> Any:
            return args, kwargs
        """,
    )


def test_a_comment_with_a_reason_on_the_line_or_above_explains_it() -> None:
    assert_detects(
        "unexplained-any",
        """
        from typing import Any

        settings: dict[str, Any] = {}  # open-ended JSON column, see ADR-12
        # the vendor SDK returns untyped dicts
        raw: dict[str, Any] = {}
        marked: dict[str, Any] = {}  # [TYPE-02]
        quiet: dict[str, Any] = {}  # noqa: ANN401  # [TYPE-02]
        other: dict[str, Any] = {}  # type: ignore[misc]  # [TYPE-02]
        """,
    )


def test_any_outside_annotations_is_not_reported() -> None:
    assert_detects(
        "unexplained-any",
        """
        from typing import Any

        def check(value: object) -> bool:
            return value is Any
        """,
    )
