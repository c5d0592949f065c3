"""Helpers for project-level detector tests: a project written to a temporary folder.

    assert_project_detects(tmp_path, "old-or-mismatched-python", {
        "pyproject.toml": '[project]\\nrequires-python = ">=3.9"  # [TOOL-01]\\n',
    })

Each file's text is dedented and written under `tmp_path`; Python files are parsed
into modules with the role their path gives them. The detector must report exactly
the lines marked with its rule's ID, file by file.
"""

from __future__ import annotations

import textwrap
from pathlib import Path, PurePosixPath

from rulebook.check.detectors import Project, all_detectors
from rulebook.check.module import Module, role_of
from tests.checking import marked_lines


def build_project(root: Path, files: dict[str, str]) -> Project:
    """Write `files` (relative name -> text) under `root` and describe the project."""
    modules: list[Module] = []
    listed: list[tuple[Path, Path]] = []
    for name, text in files.items():
        body = textwrap.dedent(text)
        disk = root / name
        disk.parent.mkdir(parents=True, exist_ok=True)
        disk.write_text(body, encoding="utf-8")
        listed.append((Path(name), disk))
        if name.endswith(".py"):
            modules.append(Module.parse(Path(name), body, role_of(PurePosixPath(name))))
    return Project(root, tuple(modules), tuple(listed))


def project_hits(root: Path, name: str, files: dict[str, str]) -> list[tuple[str, int]]:
    """(file, line) of every hit of one project-level detector, sorted."""
    detector = all_detectors()[name]
    assert detector.detect_project is not None
    project = build_project(root, files)
    return sorted(
        (hit.path.as_posix(), hit.line) for hit in detector.detect_project(project)
    )


def assert_project_detects(root: Path, name: str, files: dict[str, str]) -> None:
    """The detector reports exactly the marked lines of every file."""
    rule_id = all_detectors()[name].rule_id
    expected = sorted(
        (file, line)
        for file, text in files.items()
        for line in marked_lines(textwrap.dedent(text), rule_id)
    )
    actual = project_hits(root, name, files)
    assert actual == expected, f"{name} reported {actual}, expected {expected}"
