"""Prove non-Python example files well formed with the tool each one configures.

Validators return findings shaped like ruff's (`path`, `line`, `code`, `message`), so
the suite treats them alike: any finding fails the example, GOOD or BAD. Whether a
file breaks a rule is `rulebook check`'s business (its detectors read these files
too); validators only prove that each file is what its name says.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
import tomllib
import warnings
from collections.abc import Callable
from pathlib import Path

import coverage
from coverage.exceptions import ConfigError, CoverageWarning
from validate_pyproject import api as pyproject_api
from validate_pyproject.error_reporting import ValidationError

from rulebook.proof.formats import (
    dockerfile_findings,
    markdown_findings,
    pre_commit_hook_findings,
    requirements_findings,
)
from rulebook.proof.ruff import Finding, find_ruff_bin
from rulebook.rules.artefacts import ArtefactKind, artefact_kind
from rulebook.rules.examples import Example

_SCHEMAS = {
    ArtefactKind.GITHUB_WORKFLOW: "vendor.github-workflows",
    ArtefactKind.TASKFILE: "vendor.taskfile",
    ArtefactKind.COMPOSE: "vendor.compose-spec",
}


def validate_example(example: Example) -> list[Finding]:
    """Every finding of every validator over the example's non-Python files."""
    findings: list[Finding] = []
    for path in example.files:
        kind = artefact_kind(path)
        if kind is None or kind is ArtefactKind.PYTHON:
            continue
        findings.extend(_VALIDATORS[kind](path, example))
    return sorted(findings)


def schema_findings(path: Path, schema: str, what: str) -> list[Finding]:
    """Validate `path` against one of check-jsonschema's built-in (offline) schemas."""
    completed = _run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            schema,
            str(path),
        ]
    )
    if completed.returncode == 0:
        return []
    output = (completed.stdout + completed.stderr).strip()
    return [Finding(path, 1, "schema", f"{what} fails its schema:\n{output}")]


def _schema(path: Path, _example: Example) -> list[Finding]:
    kind = artefact_kind(path)
    assert kind is not None  # noqa: S101 - only called for classified files
    return schema_findings(path, _SCHEMAS[kind], str(kind))


def _pre_commit(path: Path, _example: Example) -> list[Finding]:
    """pre-commit's own validation, where a warning (an unknown key) is a failure."""
    completed = _run([sys.executable, "-m", "pre_commit", "validate-config", str(path)])
    output = (completed.stdout + completed.stderr).strip()
    if completed.returncode != 0 or output:
        return [Finding(path, 1, "pre-commit", f"pre-commit rejects it:\n{output}")]
    return pre_commit_hook_findings(path)


def _toml(path: Path, _example: Example) -> list[Finding]:
    try:
        tomllib.loads(path.read_text())
    except tomllib.TOMLDecodeError as error:
        where = re.search(r"at line (\d+)", str(error))
        line = int(where.group(1)) if where else 1
        return [Finding(path, line, "toml", f"broken TOML: {error}")]
    return []


def _ruff_config(path: Path, _example: Example) -> list[Finding]:
    return _toml(path, _example) or _ruff_accepts(path)


def _pyproject(path: Path, example: Example) -> list[Finding]:
    broken = _toml(path, example)
    if broken:
        return broken
    document = tomllib.loads(path.read_text())
    findings: list[Finding] = []
    try:
        pyproject_api.Validator()(document)
    except ValidationError as error:
        findings.append(Finding(path, 1, "pyproject", f"invalid: {error.message}"))
    tools = document.get("tool", {})
    if "ruff" in tools:
        findings.extend(_ruff_accepts(path))
    if "mypy" in tools:
        findings.extend(_mypy_accepts(path))
    if "pytest" in tools:
        findings.extend(_pytest_accepts(path))
    if "coverage" in tools:
        findings.extend(_coverage_accepts(path))
    return findings


def _coverage_accepts(path: Path) -> list[Finding]:
    with warnings.catch_warnings():
        warnings.simplefilter("error", CoverageWarning)
        try:
            coverage.Coverage(config_file=str(path))
        except (CoverageWarning, ConfigError) as error:
            message = f"coverage does not accept it: {error}"
            return [Finding(path, 1, "coverage-config", message)]
    return []


def _ruff_accepts(path: Path) -> list[Finding]:
    with tempfile.TemporaryDirectory() as scratch:
        probe = Path(scratch) / "probe.py"
        probe.write_text("")
        completed = _run(
            [find_ruff_bin(), "check", "--no-cache", "--config", str(path), str(probe)]
        )
    output = completed.stderr.strip()
    if completed.returncode == 0 and "warning" not in output.lower():
        return []
    return [Finding(path, 1, "ruff-config", f"ruff does not accept it:\n{output}")]


def _mypy_accepts(path: Path) -> list[Finding]:
    completed = _run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--config-file",
            str(path),
            "--no-incremental",
            "-c",
            "pass",
        ]
    )
    output = (completed.stdout + completed.stderr).strip()
    if completed.returncode == 0 and "unrecognized option" not in output.lower():
        return []
    return [Finding(path, 1, "mypy-config", f"mypy does not accept it:\n{output}")]


def _pytest_accepts(path: Path) -> list[Finding]:
    path = path.resolve()  # pytest runs from a scratch folder
    with tempfile.TemporaryDirectory() as scratch:
        completed = _run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-c",
                str(path),
                "--strict-config",
                "--collect-only",
                "-q",
                "-p",
                "no:cacheprovider",
                "--rootdir",
                scratch,
                scratch,
            ],
            cwd=Path(scratch),
        )
    no_tests_collected = 5
    if completed.returncode in {0, no_tests_collected}:
        return []
    output = (completed.stdout + completed.stderr).strip()
    return [Finding(path, 1, "pytest-config", f"pytest does not accept it:\n{output}")]


def _document(path: Path, _example: Example) -> list[Finding]:
    if path.read_text().strip():
        return []
    return [Finding(path, 1, "document", "the file is empty")]


def _markdown(path: Path, example: Example) -> list[Finding]:
    return _document(path, example) or markdown_findings(path, example.files)


def _dockerfile(path: Path, _example: Example) -> list[Finding]:
    return dockerfile_findings(path)


def _requirements(path: Path, _example: Example) -> list[Finding]:
    return requirements_findings(path)


def _env_file(path: Path, _example: Example) -> list[Finding]:
    """Every line of a `.env.example` is a comment, blank, or `KEY=value`.

    Whether its variables match the settings is `rulebook check`'s `env-example`
    detector (CONF-02), which the markers proof runs over every example.
    """
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        key, separator, _value = text.removeprefix("export ").partition("=")
        if not separator or not key.strip().isidentifier():
            return [Finding(path, number, "env-file", f"not a KEY=value line: {text}")]
    return []


def _run(
    arguments: list[str], cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - fixed tool invocations on example files
        arguments, capture_output=True, text=True, check=False, cwd=cwd
    )


_VALIDATORS: dict[ArtefactKind, Callable[[Path, Example], list[Finding]]] = {
    ArtefactKind.PYPROJECT: _pyproject,
    ArtefactKind.RUFF_CONFIG: _ruff_config,
    ArtefactKind.PRE_COMMIT: _pre_commit,
    ArtefactKind.GITHUB_WORKFLOW: _schema,
    ArtefactKind.TASKFILE: _schema,
    ArtefactKind.COMPOSE: _schema,
    ArtefactKind.ENV_EXAMPLE: _env_file,
    ArtefactKind.TOML: _toml,
    ArtefactKind.DOCUMENT: _markdown,
    ArtefactKind.DOCKERFILE: _dockerfile,
    ArtefactKind.REQUIREMENTS: _requirements,
    ArtefactKind.TEXT: _document,
}
