"""NAME-08: a test, test class or test helper is named so it does not say what it does.

Checked only in test modules (`test_*.py`, `conftest.py`, files under `tests/`) and in
files that define `test_*` functions. Matches:

- a test function with fewer than three words after `test_`, not counting trailing
  numbers (`test_cancel`, `test_cancel_2`): the name is
  `test_{action}_{condition}_{expected}`.
  A parametrized test may leave the condition to its parameter ids, so two words do;
- a test class named `Test` plus one word (`TestSubscription`, `TestService`) that
  holds tests: group by action, `Test{Action}{Resource}`;
- a module-level builder named `make_...`, `build_...`, `new_...`, `create_test_...` or
  `..._factory` that returns a value and can be called with no arguments (every
  parameter has a default, as overrides do): builders are `given_{resource}(...)`;
- a variable in a test or fixture that holds a `Fake...` instance, or a fixture that
  returns one, not named `fake_...`; a `unittest.mock` mock not named `mock_...` or
  `fake_...`;
- a module-level `datetime(...)` or `date(...)` constant with a lowercase name (`t0`):
  the pinned instant is the constant `FIXED_TIME`.

Misses: names long enough but vague (`test_user_is_ok_now`); test module names; a
fake whose class is not named `Fake...`; an instant pinned inside each test.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._naming import cap_words, holds_tests, methods
from rulebook.check.finding import Hit
from rulebook.check.module import FUNCTIONS, Module, decorator_names

RULE_ID = "NAME-08"
NAME = "unclear-test-name"

MIN_TEST_WORDS = 3
BUILDER_PREFIXES = ("make_", "build_", "new_", "create_test_")
MOCKS = frozenset(
    {
        "unittest.mock.Mock",
        "unittest.mock.MagicMock",
        "unittest.mock.AsyncMock",
        "unittest.mock.NonCallableMock",
        "unittest.mock.create_autospec",
        "mock.Mock",
        "mock.MagicMock",
    }
)
INSTANTS = frozenset({"datetime.datetime", "datetime.date", "datetime"})
FIXTURES = frozenset({"pytest.fixture", "fixture"})


def detect(module: Module) -> Iterator[Hit]:
    """Misnamed tests, test classes, builders, fakes and pinned instants."""
    if not holds_tests(module):
        return
    yield from _instants(module)
    for item in module.tree.body:
        if isinstance(item, ast.ClassDef) and item.name.startswith("Test"):
            yield from _test_class(module, item)
        elif isinstance(item, FUNCTIONS):
            yield from _function(module, item)


def _test_class(module: Module, node: ast.ClassDef) -> Iterator[Hit]:
    tests = [m for m in methods(node) if m.name.startswith("test_")]
    if tests and len(cap_words(node.name)) == 2:
        yield Hit.at(
            node,
            f"test class `{node.name}` names a resource or module, not an action; "
            "group by action: `Test{Action}{Resource}`",
        )
    for method in methods(node):
        yield from _function(module, method)


def _function(
    module: Module, node: ast.FunctionDef | ast.AsyncFunctionDef
) -> Iterator[Hit]:
    name = node.name
    fixture = any(d in FIXTURES for d in decorator_names(module, node))
    if name.startswith("test_"):
        message = _test_message(module, node)
        if message:
            yield Hit.at(node, message)
    elif _is_builder(node) and not fixture:
        yield Hit.at(
            node,
            f"builder `{name}` is named like production code; name it "
            "`given_{resource}(...)`",
        )
    if fixture and not name.startswith("fake_"):
        returns = node.returns
        target = returns.id if isinstance(returns, ast.Name) else ""
        if target.startswith("Fake"):
            yield Hit.at(
                node,
                f"fixture `{name}` returns a fake `{target}`; name it `fake_...`",
            )
    if name.startswith("test_") or fixture:
        yield from _doubles(module, node)


def _test_message(
    module: Module, node: ast.FunctionDef | ast.AsyncFunctionDef
) -> str | None:
    words = [word for word in node.name.removeprefix("test_").split("_") if word]
    parametrized = any(
        name.endswith("mark.parametrize") for name in decorator_names(module, node)
    )
    needed = MIN_TEST_WORDS - 1 if parametrized else MIN_TEST_WORDS
    while words and words[-1].isdigit():
        words.pop()  # `test_cancel_2`: a number says nothing
    if len(words) < needed:
        return (
            f"`{node.name}` does not say the condition and the expected outcome; "
            "name it `test_{action}_{condition}_{expected}`"
        )
    return None


def _is_builder(node: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    name = node.name
    if not (name.startswith(BUILDER_PREFIXES) or name.endswith("_factory")):
        return False
    args = node.args
    positional = [*args.posonlyargs, *args.args]
    if len(args.defaults) < len(positional) or None in args.kw_defaults:
        return False  # a builder can be called with no arguments, only overrides
    return any(
        isinstance(child, ast.Return) and child.value is not None
        for child in ast.walk(node)
    )


def _doubles(
    module: Module, node: ast.FunctionDef | ast.AsyncFunctionDef
) -> Iterator[Hit]:
    for child in ast.walk(node):
        if not (
            isinstance(child, ast.Assign)
            and len(child.targets) == 1
            and isinstance(child.targets[0], ast.Name)
            and isinstance(child.value, ast.Call)
        ):
            continue
        variable = child.targets[0].id
        if variable.startswith(("fake_", "mock_", "_")):
            continue
        func = child.value.func
        called = module.qualified_name(func) or ""
        last = called.rsplit(".", 1)[-1]
        if last.startswith("Fake") and len(cap_words(last)) > 1:
            yield Hit.at(
                child,
                f"`{variable}` holds the fake `{last}`; name it `fake_{variable}` so "
                "the test shows which dependency is controlled",
            )
        elif called in MOCKS:
            yield Hit.at(
                child,
                f"`{variable}` holds a mock; name it `mock_{variable}`",
            )


def _instants(module: Module) -> Iterator[Hit]:
    for item in module.tree.body:
        if not (
            isinstance(item, ast.Assign)
            and len(item.targets) == 1
            and isinstance(item.targets[0], ast.Name)
            and isinstance(item.value, ast.Call)
        ):
            continue
        variable = item.targets[0].id
        if variable.isupper() or variable.startswith("_"):
            continue
        if (
            module.qualified_name(item.value.func) in INSTANTS
            and all(isinstance(arg, ast.Constant) for arg in item.value.args)
            and item.value.args
        ):
            yield Hit.at(
                item,
                f"pinned instant `{variable}` looks like a local that may change; "
                "make it the module constant `FIXED_TIME`",
            )
