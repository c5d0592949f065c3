"""Every fenced code block of the prose passes the tool that would consume it.

One test id per block, named by its page and the line of its opening fence, for instance
`test_code_block[docs/using/rule-format.md:70]`; proof/blocks.py says what each
language tag is checked with.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from rulebook.proof.blocks import block_failures
from rulebook.proof.fences import Fence, find_fences, page_fences

ROOT = Path(os.environ.get("RULEBOOK_ROOT") or Path(__file__).resolve().parents[2])
FENCES = page_fences(ROOT)


def test_the_prose_has_code_blocks() -> None:
    assert FENCES, "no fenced code block found in docs/, README.md or CONTRIBUTING.md"


@pytest.mark.parametrize("fence", FENCES, ids=[f.test_id(ROOT) for f in FENCES])
def test_code_block(fence: Fence, warm: None) -> None:
    del warm
    failures = block_failures(fence, ROOT)
    if failures:
        pytest.fail("\n".join(failures), pytrace=False)


FLAKY_TEST = """\
from pathlib import Path


def test_flaky() -> None:
    counter = Path(__file__).with_name("runs.txt")
    runs = int(counter.read_text()) + 1 if counter.exists() else 1
    counter.write_text(str(runs))
    assert runs < {fails_on}
"""


def _flaky_loop() -> str:
    """The loop of PQG-4's "How to pass", run twice instead of five times."""
    (fence,) = find_fences(ROOT / "docs/gates/PQG-4.md")
    (loop,) = [line for line in fence.source.splitlines() if "for " in line]
    two_runs, count = re.subn(r"\bin( \d+)+;", "in 1 2;", loop)
    assert count == 1, f"PQG-4's loop no longer reads 'for run in 1 2 ...;': {loop}"
    return two_runs


def _run_loop(tmp_path: Path, fails_on: int) -> tuple[int, int]:
    """Run the loop in a scratch project whose test fails on run `fails_on`.

    `uv run` is a shim that runs the command with this environment's pytest, so the
    scratch project needs no environment of its own. Returns the loop's exit status
    and how many runs happened.
    """
    tests = tmp_path / "project/tests/orders"
    tests.mkdir(parents=True)
    (tests / "test_orders.py").write_text(FLAKY_TEST.format(fails_on=fails_on))
    shims = tmp_path / "bin"
    shims.mkdir()
    uv = shims / "uv"
    uv.write_text('#!/bin/sh\nif [ "$1" = run ]; then shift; fi\nexec "$@"\n')
    uv.chmod(0o755)
    scripts = sysconfig.get_path("scripts")
    path = os.pathsep.join([str(shims), scripts, str(Path(sys.executable).parent)])
    completed = subprocess.run(
        ["bash", "-c", _flaky_loop()],  # noqa: S607 - the shell the page is written for
        cwd=tmp_path / "project",
        env={
            **os.environ,
            "PATH": f"{path}{os.pathsep}{os.environ['PATH']}",
            "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",  # a bare pytest starts faster
        },
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    counter = tests / "runs.txt"
    return completed.returncode, int(counter.read_text()) if counter.exists() else 0


def test_flaky_loop_fails_when_a_later_run_fails(tmp_path: Path) -> None:
    status, runs = _run_loop(tmp_path, fails_on=2)
    assert (status, runs) == (1, 2), "PQG-4's loop must exit with the failing status"


def test_flaky_loop_passes_when_every_run_passes(tmp_path: Path) -> None:
    assert _run_loop(tmp_path, fails_on=99) == (0, 2)
