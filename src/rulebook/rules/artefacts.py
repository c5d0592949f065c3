"""Which kind of artefact an example file is, decided by its real file name.

Examples keep their real names (`pyproject.toml`, `.pre-commit-config.yaml`,
`.github/workflows/ci.yml`, `.env.example`), so the name says which tool must accept it.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class ArtefactKind(StrEnum):
    """What an example file is, and so which tool proves it well formed."""

    PYTHON = "Python module"
    PYPROJECT = "pyproject.toml"
    RUFF_CONFIG = "ruff configuration"
    PRE_COMMIT = "pre-commit configuration"
    GITHUB_WORKFLOW = "GitHub Actions workflow"
    TASKFILE = "Taskfile"
    COMPOSE = "Compose file"
    ENV_EXAMPLE = ".env.example"
    TOML = "TOML file"
    DOCKERFILE = "Dockerfile"
    REQUIREMENTS = "pip requirements file"
    DOCUMENT = "Markdown document"
    TEXT = "plain text"


_BY_NAME: dict[str, ArtefactKind] = {
    "pyproject.toml": ArtefactKind.PYPROJECT,
    "ruff.toml": ArtefactKind.RUFF_CONFIG,
    ".ruff.toml": ArtefactKind.RUFF_CONFIG,
    ".pre-commit-config.yaml": ArtefactKind.PRE_COMMIT,
    "Taskfile.yml": ArtefactKind.TASKFILE,
    "Taskfile.yaml": ArtefactKind.TASKFILE,
    "compose.yaml": ArtefactKind.COMPOSE,
    "compose.yml": ArtefactKind.COMPOSE,
    "docker-compose.yml": ArtefactKind.COMPOSE,
    "docker-compose.yaml": ArtefactKind.COMPOSE,
    ".env.example": ArtefactKind.ENV_EXAMPLE,
    "Dockerfile": ArtefactKind.DOCKERFILE,
}
_BY_SUFFIX: dict[str, ArtefactKind] = {
    ".py": ArtefactKind.PYTHON,
    ".toml": ArtefactKind.TOML,
    ".md": ArtefactKind.DOCUMENT,
    ".txt": ArtefactKind.TEXT,
    ".log": ArtefactKind.TEXT,
}

SUPPORTED = (
    "*.py, *.md, *.txt, *.log, *.toml, Dockerfile, requirements*.txt, pyproject.toml, "
    "ruff.toml, .pre-commit-config.yaml, .github/workflows/*.yml, Taskfile.yml, "
    "compose.yaml, .env.example"
)


def artefact_kind(path: Path) -> ArtefactKind | None:
    """The kind of `path`, or None when no checker knows how to prove such a file."""
    if path.name in _BY_NAME:
        return _BY_NAME[path.name]
    if path.name.startswith("requirements") and path.suffix == ".txt":
        return ArtefactKind.REQUIREMENTS
    if path.suffix in {".yml", ".yaml"} and path.parent.parts[-2:] == (
        ".github",
        "workflows",
    ):
        return ArtefactKind.GITHUB_WORKFLOW
    return _BY_SUFFIX.get(path.suffix)
