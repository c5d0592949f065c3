"""Fixtures for the suites: running an example the way the rulebook's tests run it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from pytest_examples import CodeExample, EvalExample

from rulebook.examples import Example


@pytest.fixture
def run_example(eval_example: EvalExample) -> Callable[[Example], None]:
    """Run an example's entry module; fail if its output differs from its `#>` lines."""

    def run(example: Example) -> None:
        entry = example.entry
        code = CodeExample.create(entry.read_text(), path=entry)
        with _importable(example):
            try:
                eval_example.run_print_check(code)
            except pytest.fail.Exception:
                raise
            except Exception as error:  # noqa: BLE001 - reported as a test failure below
                pytest.fail(_crash_report(error, example), pytrace=False)

    return run


def _crash_report(error: Exception, example: Example) -> str:
    """Name the example's own lines that raised, without pytest's traceback rendering.

    pytest-examples rewrites the traceback of a crashing example in a way that makes
    pytest's own report fail, so the report is built from the frames directly.
    """
    names = {str(path) for path in example.files}
    places: list[str] = []
    trace = error.__traceback__
    while trace is not None:
        filename = trace.tb_frame.f_code.co_filename
        if filename in names:
            places.append(f"{filename}:{trace.tb_lineno}")
        trace = trace.tb_next
    where = " <- ".join(reversed(places)) or str(example.entry)
    return f"{where}: the example raised {type(error).__name__}: {error}"


@contextmanager
def _importable(example: Example) -> Iterator[None]:
    """Let a folder example's modules import each other, then forget them again."""
    if not example.is_folder:
        yield
        return
    folder = str(example.location)
    names = {path.stem for path in example.files}
    sys.path.insert(0, folder)
    try:
        yield
    finally:
        sys.path.remove(folder)
        for name in names:
            sys.modules.pop(name, None)
