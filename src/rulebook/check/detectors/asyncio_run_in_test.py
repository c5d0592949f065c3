"""TEST-05: a sync test that drives async code with `asyncio.run(...)`.

Matches each `asyncio.run(...)`, `anyio.run(...)`, `trio.run(...)` and
`<loop>.run_until_complete(...)` call written in the body of a plain `def` test
function: `test_...` at module level or in a `Test...` or `TestCase` class. Each call
runs one coroutine to completion on its own, so the test never has two in flight.

Misses: the same call in a helper or fixture the test calls, and tests that are
async in name only (an `async def` test that awaits each step in turn and never runs
two at once), which a reviewer still has to read.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._testing import is_test_function
from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "TEST-05"
NAME = "asyncio-run-in-test"

LOOP_RUNNERS = frozenset({"asyncio.run", "anyio.run", "trio.run"})


def detect(module: Module) -> Iterator[Hit]:
    """Report event-loop runners called directly inside sync test functions."""
    if not any(
        name.split(".")[0] in {"asyncio", "anyio", "trio"}
        for name in module.imports.values()
    ):
        return
    for call in module.nodes(ast.Call):
        name = module.qualified_name(call.func)
        runner = name in LOOP_RUNNERS
        if not runner and not (
            isinstance(call.func, ast.Attribute)
            and call.func.attr == "run_until_complete"
        ):
            continue
        function = module.enclosing_function(call)
        if not isinstance(function, ast.FunctionDef) or not is_test_function(
            module, function
        ):
            continue
        shown = name if runner else "run_until_complete"
        yield Hit.at(
            call,
            f"sync test `{function.name}` runs async code through `{shown}()`, one "
            "coroutine at a time; make it an `async def` test and exercise the "
            "concurrency",
        )
