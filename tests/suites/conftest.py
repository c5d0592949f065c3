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
    """Execute an example's entry module and fail if its output differs from its `#>` lines."""

    def run(example: Example) -> None:
        entry = example.entry
        code = CodeExample.create(entry.read_text(), path=entry)
        with _importable(example):
            eval_example.run_print_check(code)

    return run


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
