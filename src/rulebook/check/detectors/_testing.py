"""Shared recognisers for test code: test functions, test classes, `unittest` bases.

Helpers only: no detector lives here (the leading `_` keeps discovery away).
"""

from __future__ import annotations

import ast

from rulebook.check.module import FUNCTIONS, Module

Function = ast.FunctionDef | ast.AsyncFunctionDef

TEST_CASE_BASES = frozenset(
    {
        "unittest.TestCase",
        "unittest.IsolatedAsyncioTestCase",
        "unittest.case.TestCase",
        "unittest.async_case.IsolatedAsyncioTestCase",
    }
)
"""The standard library's test case classes (Django's and DRF's derive from them)."""


def is_test_function(module: Module, function: ast.AST) -> bool:
    """Whether pytest (or unittest) would collect `function` as a test.

    A function named `test_...` (or `test`) defined at module level, or a method of
    that name in a class named `Test...` or derived from a `TestCase`.
    """
    if not isinstance(function, FUNCTIONS):
        return False
    if not (function.name == "test" or function.name.startswith("test_")):
        return False
    owner = module.parent(function)
    if isinstance(owner, ast.Module):
        return True
    return isinstance(owner, ast.ClassDef) and (
        owner.name.startswith("Test") or is_test_case(module, owner)
    )


def is_test_case(module: Module, node: ast.ClassDef) -> bool:
    """Whether a class derives, as written, from a `unittest` test case class."""
    for base in node.bases:
        name = module.qualified_name(base) or ""
        if name in TEST_CASE_BASES or name.endswith(
            (".TestCase", ".TransactionTestCase", ".APITestCase", ".SimpleTestCase")
        ):
            return True
    return False


def find_tests(module: Module) -> list[Function]:
    """Every test function of the module, in source order."""
    return [
        function
        for function in module.nodes(ast.FunctionDef, ast.AsyncFunctionDef)
        if is_test_function(module, function)
    ]
