"""Tests of the asyncio-run-in-test detector (TEST-05)."""

from __future__ import annotations

from tests.checking import assert_detects


def test_loop_runners_in_sync_tests_are_reported() -> None:
    assert_detects(
        "asyncio-run-in-test",
        """
        import asyncio
        from asyncio import run

        async def book() -> bool:
            return True

        def test_book() -> None:
            assert asyncio.run(book())  # [TEST-05]
            assert run(book())  # [TEST-05]
            loop = asyncio.new_event_loop()
            assert loop.run_until_complete(book())  # [TEST-05]

        class TestSeats:
            def test_book(self) -> None:
                assert asyncio.run(book())  # [TEST-05]
        """,
    )


def test_async_tests_helpers_and_scripts_are_not_reported() -> None:
    assert_detects(
        "asyncio-run-in-test",
        """
        import asyncio

        async def book() -> bool:
            return True

        async def test_book() -> None:
            assert await book()

        def run_book() -> bool:
            return asyncio.run(book())

        def test_book_through_helper() -> None:
            assert run_book()

        asyncio.run(test_book())
        """,
    )
