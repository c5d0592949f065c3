"""Tests of the boolean-mode-flag detector (TYPE-06)."""

from __future__ import annotations

from tests.checking import assert_detects


def test_two_mode_flags_on_one_function_are_each_reported() -> None:
    assert_detects(
        "boolean-mode-flag",
        """
        def reprice(
            percent: int,
            *,
            dry_run: bool = False,  # [TYPE-06]
            notify_customers: bool = True,  # [TYPE-06]
            verbose: bool = False,
        ) -> None:
            pass

        class Publisher:
            def __init__(
                self,
                force: bool,  # [TYPE-06]
                publish: "bool",  # [TYPE-06]
            ) -> None:
                pass
        """,
    )


def test_single_flags_details_private_and_untyped_are_not_reported() -> None:
    assert_detects(
        "boolean-mode-flag",
        """
        def reprice(percent: int, *, dry_run: bool = False) -> None:
            pass

        def orders(include_archived: bool, verbose: bool, debug: bool) -> None:
            pass

        def _apply(dry_run: bool, force: bool) -> None:
            pass

        def send(dry_run=False, force=False) -> None:
            pass

        def test_reprice(dry_run: bool, force: bool) -> None:
            pass
        """,
    )
