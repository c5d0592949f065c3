"""Run every selected check over a set of paths and return the findings.

Each Python file is read and parsed once; every file-level detector then reads the
same `Module`. Project-level detectors (import cycles, a missing health route) see all
modules of a project at once. ruff runs once over every file with the codes the rules
declare. Input that cannot be checked (a missing path, a binary or non-UTF-8 file, a
syntax error, a bad suppression) is reported, and the run goes on.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from rulebook.check.catalogue import Catalogue
from rulebook.check.config import DEFAULT_EXCLUDE, CheckConfig
from rulebook.check.detectors import Detector, Project, all_detectors
from rulebook.check.finding import (
    INVALID_SUPPRESSION,
    META_RULE,
    PARSE_ERROR,
    UNUSED_SUPPRESSION,
    Finding,
    Hit,
)
from rulebook.check.module import FUNCTIONS, Module, Role, role_of
from rulebook.check.ruff import run_ruff
from rulebook.check.suppression import Suppression, covers, find_suppressions


@dataclass(frozen=True)
class CheckRequest:
    """What to check and how: paths, the project root, selection and configuration."""

    paths: tuple[Path, ...]
    root: Path
    """Findings are shown relative to it; `[tool.rulebook]` globs are relative to it."""
    catalogue: Catalogue
    config: CheckConfig = field(default_factory=CheckConfig)
    select: tuple[str, ...] = ()
    """Rule IDs or families from the command line; they replace the config's."""
    ignore: tuple[str, ...] = ()
    """Added to the config's `ignore`."""
    ruff: bool = True


@dataclass
class CheckResult:
    """The findings, sorted, and the usage problems met on the way."""

    findings: list[Finding]
    errors: list[str]
    files: int = 0
    lines: int = 0


def check(request: CheckRequest) -> CheckResult:
    """Check `request.paths`; never raises for bad input, reports it instead."""
    request = replace(request, root=request.root.resolve())
    errors = list(request.config.problems)
    selected = _selected_rules(request, errors)
    detectors = [
        detector
        for detector in all_detectors().values()
        if detector.rule_id in selected
        and detector.name in request.catalogue.rules[detector.rule_id].checks
    ]
    files, all_files = _collect(request, errors)
    findings: list[Finding] = []
    modules: list[Module] = []
    lines = 0
    for disk_path in files:
        shown = _shown(disk_path, request.root)
        module, problem = _parse(disk_path, shown, request)
        if problem is not None:
            findings.append(problem)
            continue
        assert module is not None  # noqa: S101 - _parse returns one or the other
        lines += module.source.count("\n") + 1
        modules.append(module)
        for detector in detectors:
            if detector.detect is not None:
                findings.extend(_run_detector(detector, module))
    for project in _projects(request, modules, all_files):
        for detector in detectors:
            if detector.detect_project is not None:
                findings.extend(
                    Finding(
                        hit.path,
                        hit.line,
                        hit.column,
                        detector.rule_id,
                        detector.name,
                        hit.message,
                    )
                    for hit in detector.detect_project(project)
                )
    if request.ruff:
        test_code = {module.path for module in modules if _holds_tests(module)}
        findings.extend(_ruff_findings(request, files, selected, test_code))
    findings = _apply_suppressions(findings, modules, selected)
    return CheckResult(sorted(set(findings)), errors, len(files), lines)


def matches(rule_id: str, selector: str) -> bool:
    """Whether a `--select`/`--ignore` entry (an ID or a family) covers the rule."""
    wanted = selector.strip().upper().rstrip("-")
    if rule_id == wanted:
        return True
    if wanted == "AP-PY":
        return rule_id.startswith("AP-PY")
    return rule_id.startswith(wanted + "-") and not rule_id.startswith("AP-PY")


def _selected_rules(request: CheckRequest, errors: list[str]) -> set[str]:
    """The rules to report. Unknown entries are reported and left out; when no known
    entry of `select` remains, every rule is selected, as with no `select` at all."""
    catalogue = request.catalogue

    def known(selectors: Iterable[str]) -> list[str]:
        valid: list[str] = []
        for selector in selectors:
            if any(matches(rule_id, selector) for rule_id in catalogue.rules):
                valid.append(selector)
                continue
            families = sorted({rule.family for rule in catalogue.rules.values()})
            errors.append(
                f"unknown rule or family '{selector}' in select/ignore: use a rule "
                f"ID such as AP-PY03 or a family: {', '.join(families)}"
            )
        return valid

    select = known(request.select or request.config.select)
    ignore = known((*request.config.ignore, *request.ignore))
    return {
        rule_id
        for rule_id in catalogue.rules
        if (not select or any(matches(rule_id, s) for s in select))
        and not any(matches(rule_id, s) for s in ignore)
    }


def _excluded(relative: PurePosixPath, patterns: Iterable[str]) -> bool:
    text = relative.as_posix()
    return any(
        fnmatch(text, pattern) or fnmatch(text, pattern.rstrip("/") + "/*")
        for pattern in patterns
    )


def _collect(request: CheckRequest, errors: list[str]) -> tuple[list[Path], list[Path]]:
    """The Python files to check, and every file (for project-level detectors).

    Files are returned as absolute, resolved paths, so that `_shown` can make them
    relative to the root with string operations instead of a `resolve()` each.
    """
    python: list[Path] = []
    every: list[Path] = []
    patterns = request.config.exclude
    root = request.root.resolve()
    for given in request.paths:
        if not given.exists():
            errors.append(f"{given}: no such file or folder; check the path")
            continue
        path = given.resolve()
        if path.is_file():
            every.append(path)
            if path.suffix == ".py":
                python.append(path)
            continue
        for folder, subfolders, names in os.walk(path):
            here = Path(folder)
            subfolders[:] = sorted(
                name
                for name in subfolders
                if name not in DEFAULT_EXCLUDE
                and not name.endswith(".egg-info")
                and not (patterns and _excluded(_relative(here / name, root), patterns))
            )
            for name in sorted(names):
                file = here / name
                if patterns and _excluded(_relative(file, root), patterns):
                    continue
                every.append(file)
                if name.endswith(".py"):
                    python.append(file)
    return sorted(set(python)), sorted(set(every))


def _relative(path: Path, root: Path) -> PurePosixPath:
    return PurePosixPath(_shown(path, root).as_posix())


def _shown(path: Path, root: Path) -> Path:
    """`path` relative to `root` when it lies under it, else `path` itself.

    Paths the runner collected are already absolute and resolved, as is the root it
    passes, so the common case needs no system call; anything else is resolved.
    """
    absolute = path if path.is_absolute() else path.resolve()
    base = root if root.is_absolute() else root.resolve()
    if absolute.is_relative_to(base):
        return absolute.relative_to(base)
    return path


def _parse(
    disk_path: Path, shown: Path, request: CheckRequest
) -> tuple[Module | None, Finding | None]:
    def problem(line: int, column: int, message: str) -> Finding:
        return Finding(shown, line, column, META_RULE, PARSE_ERROR, message)

    try:
        data = disk_path.read_bytes()
    except OSError as error:
        return None, problem(1, 1, f"cannot read the file: {error.strerror}")
    if b"\0" in data:
        return None, problem(1, 1, "binary file (NUL bytes); exclude it or fix it")
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, problem(
            line, 1, f"not UTF-8 (byte {data[error.start]:#04x}); save it as UTF-8"
        )
    role = role_of(PurePosixPath(shown.as_posix()), request.config.roles)
    try:
        return Module.parse(shown, source.removeprefix("\ufeff"), role), None
    except SyntaxError as error:
        return None, problem(
            error.lineno or 1,
            error.offset or 1,
            f"syntax error, the file was not checked: {error.msg}",
        )


def _run_detector(detector: Detector, module: Module) -> list[Finding]:
    assert detector.detect is not None  # noqa: S101 - only file-level detectors
    try:
        hits: list[Hit] = list(detector.detect(module))
    except Exception as error:  # noqa: BLE001 - one broken detector must not stop the run
        return [
            Finding(
                module.path,
                1,
                1,
                META_RULE,
                "detector-error",
                f"the {detector.name} detector crashed here ({type(error).__name__}: "
                f"{error}); please report it with this file",
            )
        ]
    return [
        Finding(
            module.path,
            hit.line,
            hit.column,
            detector.rule_id,
            detector.name,
            hit.message,
        )
        for hit in hits
    ]


def _projects(
    request: CheckRequest, modules: Sequence[Module], files: Sequence[Path]
) -> list[Project]:
    """Split the modules into projects by `[tool.rulebook] projects` globs."""
    roots: dict[PurePosixPath, list[Module]] = defaultdict(list)
    every: dict[PurePosixPath, list[tuple[Path, Path]]] = defaultdict(list)
    patterns = request.config.projects

    def owner(relative: PurePosixPath) -> PurePosixPath:
        for depth in range(1, len(relative.parts) + 1):
            prefix = PurePosixPath(*relative.parts[:depth])
            if any(fnmatch(prefix.as_posix(), pattern) for pattern in patterns):
                return prefix
        return PurePosixPath(".")

    for module in modules:
        roots[owner(PurePosixPath(module.path.as_posix()))].append(module)
    for file in files:
        relative = _relative(file, request.root)
        every[owner(relative)].append((Path(relative), file))
    return [
        Project(request.root / key, tuple(roots.get(key, ())), tuple(every[key]))
        for key in sorted(set(roots) | set(every))
    ]


def _holds_tests(module: Module) -> bool:
    """A test module by its name, or one that defines `test_*` functions or methods."""
    return module.role is Role.TESTS or any(
        node.name.startswith("test_") for node in module.nodes(*FUNCTIONS)
    )


def _ruff_findings(
    request: CheckRequest,
    files: Sequence[Path],
    selected: set[str],
    test_code: set[Path],
) -> list[Finding]:
    """ruff's diagnostics under the rules that declare their codes.

    A testing rule (`TEST-NN`) reports only in test code: `SLF001` in a library's
    internals is that library's business, not a test reaching into privates.
    """
    codes = {
        code: [rule for rule in rules if rule in selected]
        for code, rules in request.catalogue.by_ruff_code().items()
    }
    codes = {code: rules for code, rules in codes.items() if rules}
    findings: list[Finding] = []
    for diagnostic in run_ruff(files, sorted(codes), request.root):
        shown = _shown(diagnostic.path, request.root)
        for rule_id in codes.get(diagnostic.code, ()):
            if rule_id.startswith("TEST-") and shown not in test_code:
                continue
            findings.append(
                Finding(
                    shown,
                    diagnostic.line,
                    diagnostic.column,
                    rule_id,
                    diagnostic.code,
                    diagnostic.message,
                )
            )
    return findings


def _apply_suppressions(
    findings: list[Finding], modules: Sequence[Module], selected: set[str]
) -> list[Finding]:
    by_path: dict[Path, list[Suppression]] = {
        module.path: find_suppressions(module.source) for module in modules
    }
    kept: list[Finding] = []
    used: set[tuple[Path, int]] = set()
    for finding in findings:
        suppressions = by_path.get(finding.path, [])
        match = next(
            (
                s
                for s in suppressions
                if s.line == finding.line and s.reason and covers(s, finding.rule_id)
            ),
            None,
        )
        if match is None or finding.rule_id == META_RULE:
            kept.append(finding)
        else:
            used.add((finding.path, match.line))
    for path, suppressions in by_path.items():
        for s in suppressions:
            if not s.reason or not s.ids:
                kept.append(
                    Finding(
                        path,
                        s.line,
                        s.column,
                        META_RULE,
                        INVALID_SUPPRESSION,
                        "a suppression needs rule IDs and a reason: "
                        "'# rulebook: ignore[ID] why this line is an exception'",
                    )
                )
            elif (path, s.line) not in used and all(
                any(matches(rule, wanted) for rule in selected) for wanted in s.ids
            ):
                kept.append(
                    Finding(
                        path,
                        s.line,
                        s.column,
                        META_RULE,
                        UNUSED_SUPPRESSION,
                        f"unused suppression of {', '.join(s.ids)}: nothing "
                        "is reported on this line; remove the comment",
                    )
                )
    return kept
