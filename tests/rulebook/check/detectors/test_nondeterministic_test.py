"""Tests of the nondeterministic-test detector (TEST-04)."""

from __future__ import annotations

from tests.checking import assert_detects


def test_clock_ids_and_sleeps_in_a_test_are_reported() -> None:
    assert_detects(
        "nondeterministic-test",
        """
        import time
        import uuid
        from datetime import UTC, date, datetime

        def test_order_is_stamped() -> None:
            placed = datetime.now(UTC)  # [TEST-04]
            today = date.today()  # [TEST-04]
            started = time.time()  # [TEST-04]
            time.sleep(0.5)  # [TEST-04]
            order_id = uuid.uuid4()  # [TEST-04]
            assert placed and today and started and order_id
        """,
    )


def test_calls_ruff_reports_under_ap_py02_are_left_to_it() -> None:
    assert_detects(
        "nondeterministic-test",
        """
        import random
        from datetime import datetime

        def test_total() -> None:
            quantity = random.randint(1, 20)
            assert datetime.now() and datetime.now(tz=None) and quantity
        """,
    )


def test_random_functions_s311_misses_are_reported_unless_seeded() -> None:
    source = """
        import random

        def test_sorting() -> None:
            items = [3, 1, 2]
            random.shuffle(items)  # [TEST-04]
            assert sorted(items) == [1, 2, 3]
        """
    assert_detects("nondeterministic-test", source)
    assert_detects(
        "nondeterministic-test",
        """
        import random

        random.seed(7)

        def test_sorting() -> None:
            items = [3, 1, 2]
            random.shuffle(items)
            assert sorted(items) == [1, 2, 3]
        """,
    )


def test_sleep_in_async_test_is_asyncio_sleep_only_when_it_waits() -> None:
    assert_detects(
        "nondeterministic-test",
        """
        import asyncio
        import time

        async def test_worker_finishes() -> None:
            await asyncio.sleep(0)
            await asyncio.sleep(0.2)  # [TEST-04]
            time.sleep(1)
        """,
    )


def test_retry_decorators_on_a_test_are_reported() -> None:
    assert_detects(
        "nondeterministic-test",
        """
        import pytest
        from tenacity import retry

        @pytest.mark.flaky(reruns=3)  # [TEST-04]
        def test_rates() -> None:
            assert True

        @retry  # [TEST-04]
        def test_prices() -> None:
            assert True

        @retry(times=3)
        def fetch_rates() -> None:
            pass
        """,
    )


def test_code_outside_test_functions_is_not_reported() -> None:
    assert_detects(
        "nondeterministic-test",
        """
        import time
        from datetime import UTC, datetime

        def system_clock() -> datetime:
            return datetime.now(UTC)

        def test_clock_is_aware() -> None:
            def later() -> float:
                return time.time()
            assert system_clock().tzinfo is UTC and later()

        class Helper:
            def test_connection(self) -> None:
                time.sleep(1)

        class TestHelper:
            def test_connection(self) -> None:
                time.sleep(1)  # [TEST-04]
        """,
    )
