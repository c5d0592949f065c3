"""NAME-08 unclear-test-name: tests, test classes and helpers that do not say what."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "unclear-test-name"


def test_short_and_numbered_tests_and_resource_classes_are_reported() -> None:
    assert_detects(
        NAME,
        """
        import pytest

        def test_cancel() -> None: ...  # [NAME-08]

        def test_cancel_2() -> None: ...  # [NAME-08]

        def test_cancel_when_active_records_time() -> None: ...

        def test_pages_load_from_127_0_0_1() -> None: ...

        @pytest.mark.parametrize("email", ["", "a"])
        def test_register_rejects(email: str) -> None: ...

        class TestSubscription:  # [NAME-08]
            def test_it_works(self) -> None: ...  # [NAME-08]

        class TestCancelSubscription:
            def test_cancel_twice_keeps_first_time(self) -> None: ...
        """,
    )


def test_builders_fakes_mocks_and_instants() -> None:
    assert_detects(
        NAME,
        """
        from datetime import UTC, datetime
        from unittest.mock import MagicMock
        import pytest

        t0 = datetime(2026, 1, 31, tzinfo=UTC)  # [NAME-08]
        FIXED_TIME = datetime(2026, 1, 31, tzinfo=UTC)

        def make_user(*, name: str = "ada") -> dict[str, str]:  # [NAME-08]
            return {"name": name}

        def given_user(*, name: str = "ada") -> dict[str, str]:
            return {"name": name}

        def build_invoice(subtotal: int) -> int:
            return subtotal

        @pytest.fixture
        def clock() -> FakeClock:  # [NAME-08]
            return FakeClock(FIXED_TIME)

        @pytest.fixture
        def fake_mailer() -> FakeMailer:
            return FakeMailer()

        def test_register_with_new_email_sends_welcome() -> None:
            mailer = FakeMailer()  # [NAME-08]
            fake_clock = FakeClock(FIXED_TIME)
            users = MagicMock()  # [NAME-08]
            mock_users = MagicMock()
            service = UserService(mailer, users)
        """,
    )


def test_files_without_tests_are_not_checked() -> None:
    assert_detects(
        NAME,
        """
        from datetime import datetime

        launch = datetime(2026, 1, 31)

        def make_user(*, name: str = "ada") -> dict[str, str]:
            return {"name": name}

        class TestRunner:
            pass
        """,
    )


def test_test_modules_are_checked_by_their_path() -> None:
    assert_detects(
        NAME,
        """
        def build_order(*, item: str = "mug") -> str:  # [NAME-08]
            return item
        """,
        path="tests/conftest.py",
    )
