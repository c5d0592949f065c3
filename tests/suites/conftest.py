"""Fixtures for the suites: running an example, and the real site built once per run."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

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
    before = set(sys.modules)
    sys.path.insert(0, folder)
    try:
        yield
    finally:
        sys.path.remove(folder)
        # Forget every module the example loaded from its folder, packages included, so
        # a later example with a module of the same name imports its own.
        for name in set(sys.modules) - before:
            origin = getattr(sys.modules[name], "__file__", None) or ""
            if origin.startswith(folder):
                del sys.modules[name]


@pytest.fixture(scope="session")
def site_dir(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site built with `mkdocs build --strict`; fails if the build does."""
    target = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(target)],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    return target
