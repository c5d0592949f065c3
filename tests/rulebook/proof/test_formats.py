"""Dockerfiles, requirements, pre-commit hook keys and Markdown documents, by parser."""

from __future__ import annotations

from pathlib import Path

from rulebook.proof.formats import (
    dockerfile_findings,
    markdown_findings,
    pre_commit_hook_findings,
    requirements_findings,
    slug,
)
from rulebook.proof.ruff import Finding


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def messages(findings: list[Finding]) -> list[str]:
    return [f"{f.path.name}:{f.line}: {f.message}" for f in findings]


def test_good_dockerfile(tmp_path: Path) -> None:
    text = (
        "# syntax=docker/dockerfile:1\nARG VERSION=3.12\nFROM python:${VERSION}-slim\n"
        "RUN pip install uv \\\n    && uv --version\n"
        'CMD ["uvicorn", "app:app"]\n'
    )
    assert dockerfile_findings(write(tmp_path, "Dockerfile", text)) == []


def test_broken_dockerfile(tmp_path: Path) -> None:
    text = "WORKDIR /app\nFROM python:3.12\nCOPYY . .\nCMD ['uvicorn', 'app:app']\n"
    found = messages(dockerfile_findings(write(tmp_path, "Dockerfile", text)))
    assert found[0] == "Dockerfile:1: WORKDIR before the first FROM"
    assert found[1] == "Dockerfile:3: unknown instruction COPYY"
    assert found[2].startswith("Dockerfile:4: CMD ['uvicorn', 'app:app'] is not a JSON")
    assert len(found) == 3


def test_dockerfile_without_from(tmp_path: Path) -> None:
    found = messages(dockerfile_findings(write(tmp_path, "Dockerfile", "RUN true\n")))
    assert found == [
        "Dockerfile:1: RUN before the first FROM",
        "Dockerfile:1: no FROM: there is no image",
    ]
    empty = messages(dockerfile_findings(write(tmp_path, "Dockerfile", "# only\n")))
    assert empty == ["Dockerfile:1: no instructions; the file is empty"]


def test_requirements(tmp_path: Path) -> None:
    good = (
        "# pinned\n--index-url https://pypi.org/simple\n-r base.txt\n\n"
        "fastapi==0.115.0  # web\nhttpx[http2]>=0.27; python_version >= '3.11'\n"
        "pydantic==2.9.0 \\\n    --hash=sha256:abc\n"
    )
    assert requirements_findings(write(tmp_path, "requirements.txt", good)) == []
    bad = "fastapi==0.115.0\nsqlalchemy=2.0\n\nhttpx >>= 1\n"
    found = messages(requirements_findings(write(tmp_path, "requirements.txt", bad)))
    assert [line.split(": not a requirement")[0] for line in found] == [
        "requirements.txt:2",
        "requirements.txt:4",
    ]


def test_unknown_pre_commit_hook_key(tmp_path: Path) -> None:
    text = (
        "repos:\n  - repo: local\n    hooks:\n      - id: ruff\n        name: ruff\n"
        "        entry: ruff check\n        language: system\n        arg: [--fix]\n"
    )
    (finding,) = pre_commit_hook_findings(write(tmp_path, "c.yaml", text))
    assert finding.line == 8
    assert finding.message.startswith("unknown hook key 'arg': pre-commit ignores it")
    good = text.replace("arg:", "args:")
    assert pre_commit_hook_findings(write(tmp_path, "c.yaml", good)) == []


def test_markdown_headings_do_not_skip_levels(tmp_path: Path) -> None:
    text = "### A comment starts low\n\n#### Fine\n\n## Up is fine\n\n#### `Skipped`\n"
    doc = write(tmp_path, "good.md", text)
    found = messages(markdown_findings(doc, [doc]))
    assert found == [
        "good.md:7: heading 'Skipped' is level 4 right under level 2; use level 3"
    ]


def test_markdown_links_stay_inside_the_example(tmp_path: Path) -> None:
    readme = write(
        tmp_path,
        "good/README.md",
        "# Orders\n\n## Running it\n\nSee [tasks](Taskfile.yml), "
        "[above](#running-it), [the site](https://example.org/x).\n\n"
        "Not [this](../../docs/index.md) nor [that](#nowhere).\n\n"
        "`[not a link](missing.md)`\n",
    )
    tasks = write(tmp_path, "good/Taskfile.yml", "version: '3'\n")
    found = messages(markdown_findings(readme, [readme, tasks]))
    assert found == [
        "README.md:7: link '../../docs/index.md' points outside the example; link "
        "only to its own files or to a full https:// address",
        "README.md:7: link '#nowhere' names no heading of README.md",
    ]


def test_slug_is_github_style() -> None:
    assert slug("Why not a separate service (now)?") == "why-not-a-separate-service-now"
