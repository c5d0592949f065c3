"""Run ruff once over the checked files with every code a rule declares.

Its diagnostics become findings under the declaring rules' IDs, so `rulebook check`
reports `AP-PY16` where ruff says `B006`. ruff reads the project's own configuration
(per-file ignores, target version); the selection is ours.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rulebook.errors import ToolError
from rulebook.proof.executables import find_executable

_CHUNK = 500
"""Files per ruff call, well under any command-line length limit."""


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One ruff diagnostic: file on disk, 1-based line and column, code, message."""

    path: Path
    line: int
    column: int
    code: str
    message: str


def run_ruff(
    files: Sequence[Path], codes: Sequence[str], cwd: Path
) -> list[Diagnostic]:
    """ruff's diagnostics for `codes` over `files` (paths on disk).

    Raises `ToolError` when ruff cannot run or rejects its arguments.
    """
    if not files or not codes:
        return []
    ruff = find_executable("ruff")
    diagnostics: list[Diagnostic] = []
    for start in range(0, len(files), _CHUNK):
        chunk = [str(path) for path in files[start : start + _CHUNK]]
        completed = subprocess.run(  # noqa: S603 - ruff's own binary, fixed arguments
            [
                ruff,
                "check",
                "--no-cache",
                "--no-fix",
                "--output-format=json",
                "--exit-zero",
                f"--select={','.join(sorted(codes))}",
                *chunk,
            ],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0:
            raise ToolError(f"ruff failed:\n{completed.stderr.strip()}")
        for item in json.loads(completed.stdout or "[]"):
            code = item.get("code")
            if not code or not code[-1:].isdigit():
                continue  # a syntax error ("invalid-syntax"): the runner reports it
            diagnostics.append(
                Diagnostic(
                    path=Path(item["filename"]),
                    line=int(item["location"]["row"]),
                    column=int(item["location"]["column"]),
                    code=str(code),
                    message=str(item["message"]),
                )
            )
    return sorted(diagnostics)
