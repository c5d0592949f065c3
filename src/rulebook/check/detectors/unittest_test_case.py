"""TEST-08: a test class derived from `unittest.TestCase`.

Matches a class whose written base is `unittest.TestCase` or
`unittest.IsolatedAsyncioTestCase`, or one of Django's and DRF's subclasses of them
(`django.test.TestCase`, `TransactionTestCase`, `SimpleTestCase`, `APITestCase`),
imported under any name, and a class derived, in the same module, from such a
class. The class line is reported once; ruff's PT009 and PT027 report the
`self.assert...` calls inside it.

Misses: a test case base imported from another module of the project (a shared
`BaseTestCase` in `tests/base.py`), and test case classes of other libraries.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "TEST-08"
NAME = "unittest-test-case"

UNITTEST_BASES = frozenset(
    {
        "unittest.TestCase",
        "unittest.IsolatedAsyncioTestCase",
        "unittest.case.TestCase",
        "unittest.async_case.IsolatedAsyncioTestCase",
        "django.test.TestCase",
        "django.test.TransactionTestCase",
        "django.test.SimpleTestCase",
        "django.test.LiveServerTestCase",
        "rest_framework.test.APITestCase",
        "rest_framework.test.APITransactionTestCase",
        "rest_framework.test.APISimpleTestCase",
    }
)


def detect(module: Module) -> Iterator[Hit]:
    """Report each class that derives from a `unittest` test case."""
    if not any(
        name.split(".")[0] in {"unittest", "django", "rest_framework"}
        for name in module.imports.values()
    ):
        return
    derived: dict[str, str] = {}
    for node in module.nodes(ast.ClassDef):
        for base in node.bases:
            name = module.qualified_name(base) or ""
            root = name if name in UNITTEST_BASES else derived.get(name)
            if root is not None:
                derived[node.name] = root
                yield Hit.at(
                    node,
                    f"`{node.name}` derives from `{root}`; write plain `test_` "
                    "functions with `assert` and fixtures instead",
                )
                break
