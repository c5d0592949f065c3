"""Tests of the shared test-code recognisers."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from rulebook.check.detectors._testing import find_tests, is_test_case, is_test_function
from rulebook.check.module import Module


def _module(source: str) -> Module:
    return Module.parse(Path("example.py"), textwrap.dedent(source))


def test_tests_in_finds_module_level_and_class_tests_only() -> None:
    module = _module(
        """
        import unittest

        def test_a() -> None: ...
        def helper() -> None: ...

        class TestB:
            def test_b(self) -> None: ...

        class Other:
            def test_c(self) -> None: ...

        class Case(unittest.TestCase):
            def test_d(self) -> None:
                def test_inner() -> None: ...
        """
    )
    assert [function.name for function in find_tests(module)] == [
        "test_a",
        "test_b",
        "test_d",
    ]


def test_is_test_case_reads_written_bases() -> None:
    module = _module(
        """
        from unittest import TestCase
        from rest_framework.test import APITestCase

        class A(TestCase): ...
        class B(APITestCase): ...
        class C: ...
        """
    )
    classes = module.nodes(ast.ClassDef)
    assert [is_test_case(module, node) for node in classes] == [True, True, False]
    assert not is_test_function(module, classes[0])
