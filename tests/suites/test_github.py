"""The repository's GitHub files pass the schemas GitHub applies to them."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulebook.proof.validators import schema_findings
from tests.builders import ROOT

GITHUB = ROOT / ".github"
FILES = [
    *(
        (path, "vendor.github-workflows")
        for path in sorted(GITHUB.glob("workflows/*.yml"))
    ),
    *(
        (path, "vendor.github-issue-forms")
        for path in sorted(GITHUB.glob("ISSUE_TEMPLATE/*.yml"))
        if path.name != "config.yml"
    ),
    (GITHUB / "ISSUE_TEMPLATE/config.yml", "vendor.github-issue-config"),
    # The workflow the "Checking your code" page offers teams to copy.
    (ROOT / "docs/using/examples/rulebook-check.yml", "vendor.github-workflows"),
]


@pytest.mark.parametrize(
    ("path", "schema"),
    FILES,
    ids=[path.relative_to(ROOT).as_posix() for path, _ in FILES],
)
def test_github_file_passes_its_schema(path: Path, schema: str) -> None:
    findings = schema_findings(path, schema, path.name)
    assert not findings, "\n".join(finding.message for finding in findings)


def test_the_expected_files_exist() -> None:
    names = {
        path.relative_to(GITHUB).as_posix()
        for path, _schema in FILES
        if path.is_relative_to(GITHUB)
    }
    assert {
        "workflows/ci.yml",
        "workflows/pages.yml",
        "ISSUE_TEMPLATE/propose-a-rule.yml",
        "ISSUE_TEMPLATE/report-a-wrong-example.yml",
        "ISSUE_TEMPLATE/report-a-broken-link.yml",
        "ISSUE_TEMPLATE/config.yml",
    } <= names
    assert (GITHUB / "pull_request_template.md").is_file()


def test_code_scanning_example_uploads_sarif() -> None:
    text = (ROOT / "docs/using/examples/rulebook-check.yml").read_text()
    assert "rulebook check --format sarif" in text
    assert "github/codeql-action/upload-sarif" in text
    assert "security-events: write" in text


def test_ci_workflow_runs_the_ci_script() -> None:
    assert "run: bash .ci/run" in (GITHUB / "workflows/ci.yml").read_text()


def test_a_broken_issue_form_fails(tmp_path: Path) -> None:
    form = tmp_path / "form.yml"
    form.write_text("name: Broken\ndescription: no body\nbody:\n  - type: dropdown\n")
    (finding,) = schema_findings(form, "vendor.github-issue-forms", "form.yml")
    assert "form.yml fails its schema" in finding.message
