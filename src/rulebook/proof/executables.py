"""Find the command-line tools the proofs run (ruff, lychee) in the environment."""

from __future__ import annotations

import shutil
import sys
import sysconfig
from functools import cache
from pathlib import Path


@cache
def find_executable(name: str) -> str:
    """The executable `name` installed beside this Python, else the one on PATH.

    Raises `RuntimeError` saying how to install it when it is nowhere.
    """
    for folder in (Path(sysconfig.get_path("scripts")), Path(sys.executable).parent):
        candidate = folder / name
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name} is not installed: run 'uv sync'")
    return found
