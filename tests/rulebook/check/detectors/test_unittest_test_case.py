"""Tests of the unittest-test-case detector (TEST-08)."""

from __future__ import annotations

from tests.checking import assert_detects


def test_test_case_classes_are_reported_once_each() -> None:
    assert_detects(
        "unittest-test-case",
        """
        import unittest
        from unittest import IsolatedAsyncioTestCase as AsyncCase

        from django.test import TestCase

        class TestTotals(unittest.TestCase):  # [TEST-08]
            def setUp(self) -> None:
                self.unit = 1

        class TestClient(AsyncCase):  # [TEST-08]
            pass

        class TestMoreTotals(TestTotals):  # [TEST-08]
            pass

        class TestView(TestCase):  # [TEST-08]
            pass
        """,
    )


def test_plain_classes_and_other_bases_are_not_reported() -> None:
    assert_detects(
        "unittest-test-case",
        """
        import unittest.mock
        from tests.base import BaseTestCase

        class TestTotals:
            def test_sum(self) -> None:
                assert 1 + 1 == 2

        class TestView(BaseTestCase):
            pass
        """,
    )
