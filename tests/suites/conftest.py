"""Fixtures for the suites: running an example, and the real site built once per run."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from filelock import FileLock

from rulebook.proof.checks import run_failures
from rulebook.proof.sandbox import warm_up
from rulebook.rules.examples import Example


@pytest.fixture
def run_example(warm: None) -> Callable[[Example], None]:
    """Run an example in its box; fail, naming file and line, on any misbehaviour.

    The failure is raised after the run, outside any `except` block: a failure raised
    while an example's exception is being handled drags that exception's traceback
    into pytest's report, which then crashes (INTERNALERROR) and stops the run.
    """
    del warm

    def run(example: Example) -> None:
        root = example.location.resolve().parents[2]
        failures = run_failures(example, root)
        if failures:
            pytest.fail("\n".join(failures), pytrace=False)

    return run


@pytest.fixture(scope="session")
def warm() -> None:
    """Import the examples' libraries once, so every forked example starts warm."""
    warm_up()


@pytest.fixture(scope="session")
def site_dir(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site built with `mkdocs build --strict`; fails if the build does.

    Built once per run, whichever xdist worker asks first: the others wait on a file
    lock in the run's shared temporary folder and reuse it (pytest-xdist's documented
    way to share a session fixture). A failed build is recorded, so every worker
    fails with the build's own message.
    """
    shared = tmp_path_factory.getbasetemp().parent
    target = shared / "site"
    failure = shared / "site-build-failed.txt"
    with FileLock(str(shared / "site.lock")):
        if not target.is_dir() and not failure.exists():
            result = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "mkdocs",
                    "build",
                    "--strict",
                    "-d",
                    str(target),
                ],
                cwd=root,
                capture_output=True,
                text=True,
                check=False,
                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            )
            if result.returncode != 0:
                failure.write_text(result.stderr)
    assert not failure.exists(), f"mkdocs build --strict failed:\n{failure.read_text()}"
    return target
