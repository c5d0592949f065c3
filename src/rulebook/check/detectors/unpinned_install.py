"""TOOL-02: dependencies installed outside uv's lock file, or without a version.

Reports:

- each requirement in a `requirements*.txt` file (or a `.txt` under `requirements/`)
  that is not pinned with `==` (`fastapi`, `sqlalchemy>=2`);
- each `pip install` (or `pip3`, `python -m pip`) in a GitHub Actions workflow or a
  Dockerfile that installs from a manifest (`-r requirements.txt`, `-e .`) or names a
  package without `==`, where the project should run `uv sync --locked`.

Not reported: a `pip install` whose packages are all pinned (`pip install uv==0.13.9`
bootstraps uv), `uv pip install` (still uv, judged by a reviewer), options and
includes in requirement files (`-r`, `-e .`, `--hash`), and direct references
(`pkg @ url`).
Misses: a second manifest that pins everything (`requirements.txt` exported from the
lock and committed by hand), `pip install` in a README, Makefile or shell script,
development tools declared with ranges in pyproject.toml, and a pre-commit hook with
its own copy of a tool.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from rulebook.check.detectors import Project, ProjectHit
from rulebook.check.detectors._files import read_text, requirement_name

RULE_ID = "TOOL-02"
NAME = "unpinned-install"

_PIP_INSTALL = re.compile(r"(?<![\w-])(?<!uv )(?:python3?\s+-m\s+)?pip3?\s+install\b")


def detect_project(project: Project) -> Iterator[ProjectHit]:
    """Report unpinned requirements and pip installs in CI and images."""
    for shown, disk in project.files:
        if _is_requirements(shown):
            yield from _requirements(shown, read_text(disk) or "")
        elif _is_workflow(shown) or shown.name == "Dockerfile":
            yield from _pip_installs(shown, read_text(disk) or "")


def _is_requirements(path: Path) -> bool:
    if path.suffix not in {".txt", ".in"}:
        return False
    return path.name.startswith("requirements") or path.parent.name == "requirements"


def _is_workflow(path: Path) -> bool:
    return path.suffix in {".yml", ".yaml"} and path.parent.parts[-2:] == (
        ".github",
        "workflows",
    )


def _requirements(shown: Path, text: str) -> Iterator[ProjectHit]:
    for number, line in enumerate(text.splitlines(), start=1):
        requirement = re.split(r"\s#|^#", line, maxsplit=1)[0].strip()
        if not requirement or requirement.startswith("-") or "@" in requirement:
            continue
        if "==" in requirement.split(";")[0]:
            continue
        name = requirement_name(requirement)
        yield ProjectHit(
            shown,
            number,
            1,
            f"{name} is not pinned: every build may install a different release; "
            "manage it with `uv add` and install from uv.lock",
        )


def _pip_installs(shown: Path, text: str) -> Iterator[ProjectHit]:
    for number, line in enumerate(text.splitlines(), start=1):
        code = line.split(" #", 1)[0]
        match = _PIP_INSTALL.search(code)
        if code.lstrip().startswith("#") or match is None:
            continue
        message = _pip_problem(code[match.end() :])
        if message is not None:
            yield ProjectHit(shown, number, 1, message)


def _pip_problem(arguments: str) -> str | None:
    """Why a `pip install` with these arguments is a problem; None if all are pinned."""
    words = arguments.split("&&", 1)[0].split(";", 1)[0].split("|", 1)[0].split()
    loose: list[str] = []
    for word in words:
        bare = word.strip("\"'")
        if bare in {"-r", "--requirement", "-e", "--editable", "."} or bare.startswith(
            ("-r", "--requirement=")
        ):
            return (
                "pip install reads another manifest and resolves it outside uv.lock; "
                "use `uv sync --locked`"
            )
        if bare and not bare.startswith("-") and "==" not in bare:
            loose.append(requirement_name(bare) or bare)
    if not loose:
        return None  # every package pinned, such as bootstrapping uv itself
    return (
        f"pip install {' '.join(loose)} takes whatever release is newest on each run; "
        "pin the tools in a dependency group and run them with `uv run`"
    )
