"""gate-bypass reports verify-gate phases that cannot fail or run out of order."""

from __future__ import annotations

from pathlib import Path

from tests.rulebook.check.detectors.file_projects import (
    assert_project_detects,
    project_hits,
)

NAME = "gate-bypass"
WORKFLOW = ".github/workflows/ci.yml"


def test_every_bypass_is_reported_at_its_line(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            WORKFLOW: """\
            name: ci
            on: [pull_request]
            jobs:
              test:
                runs-on: ubuntu-latest
                steps:
                  - run: pip install pytest ruff==0.17.6  # [PROC-03]
                  - run: pytest -x  # [PROC-03]
                  - run: |
                      ruff check --fix .  # [PROC-03]
                      mypy src || true  # [PROC-03]
                  - run: bandit -r src
                    continue-on-error: true  # [PROC-03]
            """,
        },
    )


def test_a_gate_in_order_passes(tmp_path: Path) -> None:
    good = """\
    name: ci
    on: [pull_request]
    jobs:
      verify:
        runs-on: ubuntu-latest
        steps:
          - run: python -m pip install "uv==0.13.9"
          - run: uv sync --locked
          - run: |
              uv run ruff check --no-fix .
              uv run mypy
          - run: uv run pytest
          - run: echo "not a gate" || true
            continue-on-error: true
    """
    assert project_hits(tmp_path, NAME, {WORKFLOW: good}) == []


def test_files_outside_workflows_and_broken_yaml_are_skipped(tmp_path: Path) -> None:
    bypass = "jobs:\n  a:\n    steps:\n      - run: pytest || true\n"
    assert project_hits(tmp_path, NAME, {"ci.yml": bypass}) == []
    broken = tmp_path / "broken"
    broken.mkdir()
    assert project_hits(broken, NAME, {WORKFLOW: "jobs: [\n"}) == []
