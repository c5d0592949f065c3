"""PROC-03: a CI workflow whose verify gate can pass without doing its job.

Reads every GitHub Actions workflow (`.github/workflows/*.yml`) of the project and,
job by job, looks at each step's `run:` commands. It reports:

- a gate tool (pytest, ruff, mypy, pyright, bandit, pip-audit, coverage, alembic)
  whose failure is thrown away with `|| true`, `|| exit 0` or `; true`, at its line;
- `continue-on-error: true` on a step that runs a gate tool, at that key;
- `ruff check --fix` (or `--unsafe-fixes`) in CI, which rewrites code instead of
  failing the build, at its line;
- tests that run before lint or the type-check in the same job, at the test command:
  the gate's order puts the fast, cheap phases first;
- tools installed by name with `pip install` instead of from the lock file, at its line.

Misses: a phase that is missing altogether (no readiness check, no security scan),
gates split over jobs without `needs:` ordering, composite actions and reusable
workflows, and commands hidden in scripts or task runners.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from rulebook.check.detectors import Project, ProjectHit
from rulebook.check.detectors._files import read_text

RULE_ID = "PROC-03"
NAME = "gate-bypass"

GATE_TOOLS = ("pytest", "ruff", "mypy", "pyright", "bandit", "pip-audit", "coverage",
              "alembic")  # fmt: skip
_SWALLOWED = re.compile(r"\|\|\s*(true|:|exit\s+0)\b|;\s*true\s*$")
_FIX = re.compile(r"\bruff\s+check\b.*--(fix|unsafe-fixes)\b")
_INSTALL = re.compile(
    r"\b(pip|uv\s+pip)\s+install\b|\buv\s+(add|sync)\b|\bapt(-get)?\b"
)
_PIP = re.compile(r"\bpip\s+install\s+(?P<arguments>.*)$")
_LINT = re.compile(r"\b(ruff\s+check|ruff\s+format|mypy|pyright)\b")
_TESTS = re.compile(r"\bpytest\b")


@dataclass(frozen=True)
class _Command:
    line: int
    text: str
    step_continues: int
    """The line of the step's `continue-on-error: true`, or 0."""


def detect_project(project: Project) -> Iterator[ProjectHit]:
    """Report gate bypasses in each workflow of the project."""
    for shown, disk in project.files:
        if shown.suffix not in {".yml", ".yaml"} or shown.parent.parts[-2:] != (
            ".github",
            "workflows",
        ):
            continue
        text = read_text(disk)
        if text is None:
            continue
        for job in _jobs(text):
            yield from _check(shown, job)


SWALLOWED = "the gate's failure is thrown away (`|| true`); let the phase fail"
CONTINUES = "`continue-on-error: true` lets a failing gate phase pass; remove it"
FIXES = "`ruff check --fix` rewrites code in CI instead of failing; use `--no-fix`"
UNLOCKED = "tools installed by name, not from the lock file; use `uv sync --locked`"
EARLY = "tests run before lint and the type-check; run the cheap phases first"


def _check(shown: Path, commands: list[_Command]) -> Iterator[ProjectHit]:
    linted = False
    reported_continue: set[int] = set()
    for command in commands:
        gate = _is_gate(command.text)
        if gate and _SWALLOWED.search(command.text):
            yield _hit(shown, command.line, SWALLOWED)
        if gate and command.step_continues not in {0, *reported_continue}:
            reported_continue.add(command.step_continues)
            yield _hit(shown, command.step_continues, CONTINUES)
        if _FIX.search(command.text):
            yield _hit(shown, command.line, FIXES)
        if _unpinned_tools(command.text):
            yield _hit(shown, command.line, UNLOCKED)
        if _INSTALL.search(command.text):
            continue  # an install names the tools; it runs none of them
        if _LINT.search(command.text):
            linted = True
        elif _TESTS.search(command.text) and not linted:
            yield _hit(shown, command.line, EARLY)


def _unpinned_tools(text: str) -> bool:
    """Whether a `pip install` names a package without pinning it (`==`)."""
    match = _PIP.search(text)
    if match is None:
        return False
    skip_next = False
    for token in match["arguments"].split():
        if skip_next:
            skip_next = False
            continue
        if token in {"-r", "--requirement", "-c", "--constraint", "-e"}:
            skip_next = True
            continue
        if token.startswith("-"):
            continue
        if "==" not in token.strip("\"'"):
            return True
    return False


def _hit(shown: Path, line: int, message: str) -> ProjectHit:
    return ProjectHit(shown, line, 1, message)


def _is_gate(text: str) -> bool:
    return any(re.search(rf"\b{re.escape(tool)}\b", text) for tool in GATE_TOOLS)


def _jobs(text: str) -> Iterator[list[_Command]]:
    """Each job's `run:` commands, one per line, with their file lines."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return
    jobs = _get(root, "jobs")
    if not isinstance(jobs, yaml.MappingNode):
        return
    for _key, job in jobs.value:
        steps = _get(job, "steps")
        if not isinstance(steps, yaml.SequenceNode):
            continue
        commands: list[_Command] = []
        for step in steps.value:
            run = _get(step, "run")
            if not isinstance(run, yaml.ScalarNode):
                continue
            continues = _get(step, "continue-on-error")
            continue_line = (
                _key_line(step, "continue-on-error")
                if isinstance(continues, yaml.ScalarNode)
                and str(continues.value).lower() == "true"
                else 0
            )
            commands.extend(_Command(line, command, continue_line)
                            for line, command in _run_lines(run, text))  # fmt: skip
        yield commands


def _run_lines(run: yaml.ScalarNode, text: str) -> Iterator[tuple[int, str]]:
    """The non-empty lines of a `run:` value with their file lines."""
    first = int(run.start_mark.line) + 1
    if run.style in {"|", ">"}:
        first += 1  # a block scalar starts on the line after its indicator
        for offset, line in enumerate(str(run.value).splitlines()):
            if line.strip() and not line.strip().startswith("#"):
                yield first + offset, line.strip()
        return
    del text
    yield first, str(run.value).strip()


def _get(node: yaml.Node | None, key: str) -> yaml.Node | None:
    if not isinstance(node, yaml.MappingNode):
        return None
    for name, value in node.value:
        if isinstance(name, yaml.ScalarNode) and name.value == key:
            return value  # type: ignore[no-any-return]
    return None


def _key_line(node: yaml.Node, key: str) -> int:
    if isinstance(node, yaml.MappingNode):
        for name, _value in node.value:
            if isinstance(name, yaml.ScalarNode) and name.value == key:
                return int(name.start_mark.line) + 1
    return 0
