"""TOOL-02: unpinned requirements and pip installs in CI and images."""

from __future__ import annotations

from pathlib import Path

from tests.rulebook.check.detectors.file_projects import (
    assert_project_detects,
    project_hits,
)

NAME = "unpinned-install"


def test_unpinned_requirements_and_pip_in_ci(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            "requirements.txt": """\
                # what the image installs
                -r base.txt
                -e .
                fastapi  # [TOOL-02]
                sqlalchemy>=2.0  # [TOOL-02]
                pydantic==2.14.3
                httpx==0.28.1 ; python_version >= "3.11"
                mylib @ https://example.com/mylib-1.0.tar.gz
            """,
            "requirements/dev.txt": "pytest  # [TOOL-02]\n",
            ".github/workflows/ci.yml": """\
                jobs:
                  check:
                    steps:
                      - run: pip install -r requirements.txt  # [TOOL-02]
                      - run: python -m pip install ruff  # [TOOL-02]
                      - run: uv pip install ruff==0.17.6
                      - run: python -m pip install "uv==0.13.9"
                      - run: pip install --upgrade pip  # [TOOL-02]
                      - run: pip install -e .  # [TOOL-02]
                      - run: pip install mypy==2.4.1 pytest && pytest  # [TOOL-02]
                      - run: uv sync --locked
                      # - run: pip install nothing
            """,
            "Dockerfile": "FROM python:3.12\nRUN pip3 install fastapi  # [TOOL-02]\n",
        },
    )


def test_files_elsewhere_are_not_read(tmp_path: Path) -> None:
    files = {
        "docs/install.md": "pip install orders\n",
        "scripts/setup.sh": "pip install ruff\n",
        "notes.txt": "fastapi\n",
        "ci.yml": "- run: pip install ruff\n",
    }
    assert project_hits(tmp_path, NAME, files) == []
