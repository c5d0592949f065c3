"""TEST-04: a test that reads the live clock, sleeps, draws unseeded values or retries.

Matches, inside a test function (`test_...` at module level or in a `Test...` or
`TestCase` class), the calls ruff's codes declared by AP-PY02 (DTZ005, S311) do not
already report:

- an aware clock read: `datetime.now(tz)`, and `datetime.utcnow()`,
  `datetime.today()`, `date.today()`, `time.time()`, `time.monotonic()` and
  `time.perf_counter()` (and their `_ns` forms);
- `time.sleep(...)` in a sync test (ASYNC251 reports it in an `async def`), and
  `await asyncio.sleep(n)` with `n` other than a literal 0;
- `uuid.uuid1()` and `uuid.uuid4()`;
- the `random` module's functions S311 does not list (`shuffle`, `sample`, `gauss`,
  `getrandbits`, ...), unless the module calls `random.seed(...)` somewhere;
- a retry on the test itself: `@pytest.mark.flaky`, `@flaky`, or a decorator named
  `retry` or `retrying` (tenacity's included).

Misses: the same reads one call deeper (a helper or fixture the test calls), the code
under test reading the clock (AP-PY07), data factories (`factory_boy`, `Faker`)
without a seed, real network calls, rerun flags in CI configuration
(`--reruns`), hand-written retry loops inside a test, and the random module reached
through an instance (`rng = random.Random(); rng.shuffle(...)`).
"""

from __future__ import annotations

import ast
from collections.abc import Iterator

from rulebook.check.detectors._testing import Function, find_tests
from rulebook.check.finding import Hit
from rulebook.check.module import Module

RULE_ID = "TEST-04"
NAME = "nondeterministic-test"

CLOCK_READS = frozenset(
    {
        "datetime.datetime.utcnow",
        "datetime.datetime.today",
        "datetime.date.today",
        "time.time",
        "time.time_ns",
        "time.monotonic",
        "time.monotonic_ns",
        "time.perf_counter",
        "time.perf_counter_ns",
    }
)
NOW = frozenset({"datetime.datetime.now"})
IDS = frozenset({"uuid.uuid1", "uuid.uuid4"})
S311_LISTED = frozenset(
    {
        "random",
        "randint",
        "randrange",
        "choice",
        "choices",
        "uniform",
        "triangular",
        "randbytes",
        "Random",
        "SystemRandom",
        "seed",
        "getstate",
        "setstate",
    }
)
"""`random` names S311 already reports (or that draw nothing)."""
RETRY_DECORATORS = frozenset({"flaky", "retry", "retrying"})


def detect(module: Module) -> Iterator[Hit]:
    """Report nondeterministic calls and retry decorators in test functions."""
    tests = find_tests(module)
    if not tests:
        return
    seeded = any(
        module.qualified_name(call.func) == "random.seed"
        for call in module.nodes(ast.Call)
    )
    for test in tests:
        yield from _retries(module, test)
    owners = {id(test): test for test in tests}
    for call in module.nodes(ast.Call):
        function = module.enclosing_function(call)
        if function is None or id(function) not in owners:
            continue
        message = _nondeterministic(module, call, function, seeded=seeded)
        if message:
            yield Hit.at(call, f"test `{function.name}` {message}")


def _nondeterministic(
    module: Module, call: ast.Call, function: Function, *, seeded: bool
) -> str | None:
    name = module.qualified_name(call.func) or ""
    short = name.rsplit(".", 1)[-1]
    if name in CLOCK_READS or (name in NOW and _has_timezone(call)):
        return (
            f"reads the live clock with `{short}()`; pass a fixed time through "
            "an injected clock"
        )
    sleeps = (name == "time.sleep" and isinstance(function, ast.FunctionDef)) or (
        name == "asyncio.sleep" and not _is_zero(call)
    )
    if sleeps:
        return "sleeps; wait for the event it needs, or inject the clock"
    if name in IDS:
        return f"draws a fresh id with `{short}()`; use a fixed id"
    unseeded = (
        name.startswith("random.")
        and name.count(".") == 1
        and short not in S311_LISTED
        and not seeded
    )
    if unseeded:
        return (
            f"draws from the unseeded `random.{short}()`; use fixed values "
            "or a seeded `random.Random(...)`"
        )
    return None


def _has_timezone(call: ast.Call) -> bool:
    """`now(tz)` with a time zone; DTZ005 reports `now()` and `now(tz=None)`."""
    values = [*call.args, *(k.value for k in call.keywords)]
    return bool(values) and not all(
        isinstance(v, ast.Constant) and v.value is None for v in values
    )


def _is_zero(call: ast.Call) -> bool:
    delay = call.args[0] if call.args else None
    return isinstance(delay, ast.Constant) and delay.value == 0


def _retries(module: Module, test: Function) -> Iterator[Hit]:
    for decorator in test.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        name = module.qualified_name(target) or ""
        if name.rsplit(".", 1)[-1] in RETRY_DECORATORS:
            yield Hit.at(
                decorator,
                f"test `{test.name}` is retried by `@{name}`; a retried test hides "
                "the failure it should report: make it deterministic or delete it",
            )
