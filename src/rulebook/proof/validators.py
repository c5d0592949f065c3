"""Prove non-Python example files well formed with the tool each one configures.

Validators return findings shaped like ruff's (`path`, `line`, `code`, `message`), so
the suite treats them alike: a finding fails the example unless the rule declares its
code in `enforced_by.rulebook` and the example is the BAD one, which marks the line.
"""

from __future__ import annotations

import ast
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

from rulebook.artefacts import ArtefactKind, artefact_kind
from rulebook.examples import Example
from rulebook.proof.ruff import Finding, find_ruff_bin

ENV_EXAMPLE = "env-example"
RULEBOOK_CHECKS = (ENV_EXAMPLE,)
"""Checks a rule may declare in `enforced_by.rulebook` as catching its BAD example."""

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
    completed = _run([sys.executable, "-m", "pre_commit", "validate-config", str(path)])
    if completed.returncode == 0:
        return []
    output = (completed.stdout + completed.stderr).strip()
    return [Finding(path, 1, "pre-commit", f"pre-commit rejects it:\n{output}")]


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


def _env_example(path: Path, example: Example) -> list[Finding]:
    """The variables documented in `.env.example` match the settings fields exactly."""
    documented: dict[str, int] = {}
    for number, line in enumerate(path.read_text().splitlines(), start=1):
        text = line.strip()
        if not text or text.startswith("#"):
            continue
        key, separator, _value = text.removeprefix("export ").partition("=")
        if not separator or not key.strip().isidentifier():
            return [Finding(path, number, ENV_EXAMPLE, f"not a KEY=value line: {text}")]
        documented[key.strip().upper()] = number
    fields = _settings_fields(example)
    if not fields:
        return [
            Finding(
                path,
                1,
                ENV_EXAMPLE,
                "no pydantic-settings class in the example "
                "reads these variables; add the settings module beside it",
            )
        ]
    findings = [
        Finding(
            module,
            line,
            ENV_EXAMPLE,
            f"{name} is read by the settings but missing from .env.example",
        )
        for name, (module, line) in fields.items()
        if name not in documented
    ]
    findings += [
        Finding(
            path,
            line,
            ENV_EXAMPLE,
            f"{name} is documented but no settings field reads it",
        )
        for name, line in documented.items()
        if name not in fields
    ]
    return findings


def _settings_fields(example: Example) -> dict[str, tuple[Path, int]]:
    """Environment variable names read by `BaseSettings` classes, with their lines."""
    fields: dict[str, tuple[Path, int]] = {}
    for module in example.python_files:
        tree = ast.parse(module.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef) and _is_settings(node):
                prefix = _env_prefix(node)
                for item in node.body:
                    if (
                        isinstance(item, ast.AnnAssign)
                        and isinstance(item.target, ast.Name)
                        and item.target.id != "model_config"
                    ):
                        name = (prefix + item.target.id).upper()
                        fields[name] = (module, item.lineno)
    return fields


def _is_settings(node: ast.ClassDef) -> bool:
    return any(
        (isinstance(base, ast.Name) and base.id == "BaseSettings")
        or (isinstance(base, ast.Attribute) and base.attr == "BaseSettings")
        for base in node.bases
    )


def _env_prefix(node: ast.ClassDef) -> str:
    for item in node.body:
        if (
            isinstance(item, ast.Assign)
            and any(
                isinstance(t, ast.Name) and t.id == "model_config" for t in item.targets
            )
            and isinstance(item.value, ast.Call)
        ):
            for keyword in item.value.keywords:
                if keyword.arg == "env_prefix" and isinstance(
                    keyword.value, ast.Constant
                ):
                    return str(keyword.value.value)
    return ""


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
    ArtefactKind.ENV_EXAMPLE: _env_example,
    ArtefactKind.TOML: _toml,
    ArtefactKind.DOCUMENT: _document,
    ArtefactKind.TEXT: _document,
}
