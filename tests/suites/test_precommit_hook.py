"""The pre-commit hook works end to end: `pre-commit try-repo` on a scratch repository.

pre-commit installs the rulebook from this repository into its own environment (from
the package registry, the first time; later runs reuse `.cache/pre-commit`), then runs
the hook on the scratch repository's files, as a team adopting it would.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.builders import ROOT

MUTABLE_DEFAULT = "def tags(extra: list[str] = []) -> list[str]:\n    return extra\n"
CLEAN = (
    "def tags(extra: list[str] | None = None) -> list[str]:\n    return extra or []\n"
)
GIT = shutil.which("git") or "git"


def _pre_commit(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PRE_COMMIT_HOME": str(ROOT / ".cache" / "pre-commit")},
        timeout=900,
    )


def test_manifest_is_valid() -> None:
    result = _pre_commit("validate-manifest", ".pre-commit-hooks.yaml", cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_hook_reports_findings_by_rule_id(tmp_path: Path) -> None:
    subprocess.run([GIT, "init", "-q"], cwd=tmp_path, check=True)
    (tmp_path / "shop.py").write_text(MUTABLE_DEFAULT)
    (tmp_path / "clean.py").write_text(CLEAN)
    subprocess.run([GIT, "add", "."], cwd=tmp_path, check=True)
    failing = _pre_commit(
        "try-repo", str(ROOT), "rulebook-check", "--files", "shop.py", cwd=tmp_path
    )
    report = failing.stdout + failing.stderr
    assert failing.returncode == 1, report
    assert "shop.py:1:29: AP-PY16 Do not use mutable data structures" in report
    assert "/r/AP-PY16/" in report
    passing = _pre_commit(
        "try-repo", str(ROOT), "rulebook-check", "--files", "clean.py", cwd=tmp_path
    )
    assert passing.returncode == 0, passing.stdout + passing.stderr
