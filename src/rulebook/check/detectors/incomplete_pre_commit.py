"""TOOL-04: a pre-commit configuration without a secret scan, or with ruff half set up.

Reads each `.pre-commit-config.yaml` of the project and reports:

- no secret-scanning hook (gitleaks, detect-secrets, trufflehog, ggshield,
  secretlint): at a `detect-private-key` hook if one stands in for it, else at
  `repos:`;
- a ruff lint hook (`ruff`, `ruff-check`, or a local hook running `ruff check`) with
  no ruff format hook, at the lint hook, and the other way round;
- a `ruff-pre-commit` hook whose `rev` differs from the ruff version the project pins
  (in `uv.lock`, or as `ruff==X` in a pyproject.toml), at the `rev:` line.

It also reports a repository with no `.pre-commit-config.yaml` at all, at line 1 of its
`pyproject.toml`: a project whose folder is a git work tree's root (it holds `.git`),
so a sub-project or a single example is not asked for one.

Misses: missing file-hygiene hooks, an `exclude:` that hides folders from the scanner,
hooks moved to a manual stage, and whether CI runs the hooks. A ruff `rev` is compared
only when the project pins ruff exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rulebook.check.detectors import Project, ProjectHit
from rulebook.check.detectors._files import (
    Hook,
    files_named,
    get_path,
    load_toml,
    pre_commit_hooks,
    read_text,
    requirement_name,
)

RULE_ID = "TOOL-04"
NAME = "incomplete-pre-commit"

SCANNERS = ("gitleaks", "detect-secrets", "trufflehog", "ggshield", "secretlint")
RUFF_REPOS = ("astral-sh/ruff-pre-commit", "charliermarsh/ruff-pre-commit")


def detect_project(project: Project) -> Iterator[ProjectHit]:
    """Report the gaps of each pre-commit configuration in the project."""
    yield from _missing_config(project)
    pinned = _pinned_ruff(project)
    for shown, disk in files_named(project, ".pre-commit-config.yaml"):
        text = read_text(disk)
        parsed = pre_commit_hooks(text) if text is not None else None
        if parsed is None:
            continue
        repos_line, hooks = parsed
        yield from _secret_scan(shown, repos_line, hooks)
        yield from _ruff_pair(shown, hooks)
        if pinned is not None:
            yield from _ruff_rev(shown, hooks, pinned)


def _missing_config(project: Project) -> Iterator[ProjectHit]:
    """A repository root with a pyproject.toml and no pre-commit configuration."""
    root = project.root.resolve()
    if not (root / ".git").exists() or (root / ".pre-commit-config.yaml").exists():
        return
    manifest = next(
        (
            shown
            for shown, disk in project.files
            if disk.resolve() == root / "pyproject.toml"
        ),
        None,
    )
    if manifest is None:
        return
    yield ProjectHit(
        manifest,
        1,
        1,
        "the repository has no .pre-commit-config.yaml: secrets, lint and format are "
        "checked only when someone remembers; add the hooks",
    )


def _secret_scan(
    shown: Path, repos_line: int, hooks: list[Hook]
) -> Iterator[ProjectHit]:
    if any(
        scanner in hook.id.lower() or scanner in hook.repo.lower()
        for hook in hooks
        for scanner in SCANNERS
    ):
        return
    stand_in = next((hook for hook in hooks if hook.id == "detect-private-key"), None)
    if stand_in is not None:
        yield ProjectHit(
            shown,
            stand_in.id_line,
            1,
            "detect-private-key finds PEM keys only, and no secret scanner runs: add "
            "gitleaks (or detect-secrets, trufflehog)",
        )
    else:
        yield ProjectHit(
            shown,
            repos_line,
            1,
            "no hook scans commits for secrets: add gitleaks (or detect-secrets, "
            "trufflehog)",
        )


def _is_ruff_lint(hook: Hook) -> bool:
    return hook.id in {"ruff", "ruff-check"} or "ruff check" in hook.entry


def _is_ruff_format(hook: Hook) -> bool:
    return hook.id == "ruff-format" or "ruff format" in hook.entry


def _ruff_pair(shown: Path, hooks: list[Hook]) -> Iterator[ProjectHit]:
    lint = [hook for hook in hooks if _is_ruff_lint(hook)]
    format_ = [hook for hook in hooks if _is_ruff_format(hook)]
    if lint and not format_:
        yield ProjectHit(
            shown,
            lint[0].id_line,
            1,
            f"the {lint[0].id} hook lints but no hook runs ruff format, so unformatted "
            "code reaches CI",
        )
    if format_ and not lint:
        yield ProjectHit(
            shown,
            format_[0].id_line,
            1,
            f"the {format_[0].id} hook formats but no hook runs ruff check",
        )


def _ruff_rev(shown: Path, hooks: list[Hook], pinned: str) -> Iterator[ProjectHit]:
    seen: set[int] = set()
    for hook in hooks:
        if not any(repo in hook.repo for repo in RUFF_REPOS) or hook.rev_line in seen:
            continue
        seen.add(hook.rev_line)
        if hook.rev.removeprefix("v") != pinned:
            yield ProjectHit(
                shown,
                hook.rev_line,
                1,
                f"the ruff hook is pinned to {hook.rev} but the project pins ruff "
                f"{pinned}; run `uv run --locked ruff` from a local hook, or keep the "
                "two in step",
            )


def _pinned_ruff(project: Project) -> str | None:
    """The ruff version the project locks (uv.lock) or pins exactly (ruff==X)."""
    for _shown, disk in files_named(project, "uv.lock"):
        document = load_toml(read_text(disk) or "")
        packages = document.get("package") if document else None
        for package in packages if isinstance(packages, list) else []:
            if isinstance(package, dict) and package.get("name") == "ruff":
                version = package.get("version")
                if isinstance(version, str):
                    return version
    for _shown, disk in files_named(project, "pyproject.toml"):
        document = load_toml(read_text(disk) or "")
        if document is None:
            continue
        lists = [get_path(document, "project.dependencies")]
        for table in ("project.optional-dependencies", "dependency-groups"):
            groups = get_path(document, table)
            if isinstance(groups, dict):
                lists.extend(groups.values())
        for items in lists:
            for item in items if isinstance(items, list) else []:
                if isinstance(item, str) and requirement_name(item) == "ruff":
                    _name, separator, version = item.partition("==")
                    if separator and version.strip():
                        return version.split(";")[0].strip()
    return None
