"""An example file's real name decides which tool proves it."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulebook.rules.artefacts import ArtefactKind, artefact_kind


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("good/main.py", ArtefactKind.PYTHON),
        ("good/pyproject.toml", ArtefactKind.PYPROJECT),
        ("good/ruff.toml", ArtefactKind.RUFF_CONFIG),
        ("good/.pre-commit-config.yaml", ArtefactKind.PRE_COMMIT),
        ("good/.github/workflows/ci.yml", ArtefactKind.GITHUB_WORKFLOW),
        ("good/Taskfile.yml", ArtefactKind.TASKFILE),
        ("good/compose.yaml", ArtefactKind.COMPOSE),
        ("good/.env.example", ArtefactKind.ENV_EXAMPLE),
        ("good/.gitleaks.toml", ArtefactKind.TOML),
        ("good.md", ArtefactKind.DOCUMENT),
        ("good/ci.log", ArtefactKind.TEXT),
        ("good/Dockerfile", ArtefactKind.DOCKERFILE),
        ("good/requirements.txt", ArtefactKind.REQUIREMENTS),
        ("good/requirements-dev.txt", ArtefactKind.REQUIREMENTS),
        ("good/notes.txt", ArtefactKind.TEXT),
    ],
)
def test_kinds_by_name(path: str, kind: ArtefactKind) -> None:
    assert artefact_kind(Path(path)) is kind


@pytest.mark.parametrize("path", ["good/config.yaml", "good/data.json", "good/ci.yml"])
def test_unknown_files_have_no_kind(path: str) -> None:
    assert artefact_kind(Path(path)) is None
