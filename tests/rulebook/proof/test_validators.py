"""Each validator accepts a well-formed file and rejects a broken one, saying why."""

from __future__ import annotations

from rulebook.proof.validators import validate_example
from rulebook.rules.examples import Example, Kind, find_example
from tests.builders import MiniRulebook


def good_folder(mini: MiniRulebook, files: dict[str, str]) -> Example:
    (mini.root / "snippets/AP-PY16/good.py").unlink()
    for name, text in files.items():
        mini.write(f"snippets/AP-PY16/good/{name}", text)
    example = find_example(mini.root / "snippets", "AP-PY16", Kind.GOOD)
    assert example is not None
    return example


WORKFLOW = """\
name: CI
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: uv run pytest
"""


def test_valid_workflow(mini: MiniRulebook) -> None:
    example = good_folder(mini, {".github/workflows/ci.yml": WORKFLOW})
    assert validate_example(example) == []


def test_workflow_without_jobs_fails_its_schema(mini: MiniRulebook) -> None:
    example = good_folder(mini, {".github/workflows/ci.yml": "name: CI\non: [push]\n"})
    (finding,) = validate_example(example)
    assert finding.code == "schema"
    assert "GitHub Actions workflow fails its schema" in finding.message
    assert "jobs" in finding.message


def test_taskfile_schema(mini: MiniRulebook) -> None:
    good = "version: '3'\ntasks:\n  test:\n    cmds:\n      - uv run pytest\n"
    assert validate_example(good_folder(mini, {"Taskfile.yml": good})) == []
    mini.write("snippets/AP-PY16/good/Taskfile.yml", "version: '3'\ntasks: 7\n")
    example = find_example(mini.root / "snippets", "AP-PY16", Kind.GOOD)
    assert example is not None
    assert [f.code for f in validate_example(example)] == ["schema"]


def test_pre_commit_config(mini: MiniRulebook) -> None:
    good = (
        "repos:\n  - repo: local\n    hooks:\n      - id: ruff\n        name: ruff\n"
        "        entry: uv run ruff check\n        language: system\n"
    )
    assert validate_example(good_folder(mini, {".pre-commit-config.yaml": good})) == []
    mini.write(
        "snippets/AP-PY16/good/.pre-commit-config.yaml", "repos:\n  - hooks: []\n"
    )
    example = find_example(mini.root / "snippets", "AP-PY16", Kind.GOOD)
    assert example is not None
    (finding,) = validate_example(example)
    assert finding.code == "pre-commit"
    assert "repo" in finding.message


def test_pyproject_tool_sections_are_loaded_by_their_tools(mini: MiniRulebook) -> None:
    good = (
        '[project]\nname = "shop"\nversion = "1.0.0"\n\n'
        '[tool.ruff.lint]\nselect = ["E", "F"]\n\n'
        "[tool.mypy]\nstrict = true\n\n"
        '[tool.pytest.ini_options]\naddopts = ["-ra"]\n\n'
        "[tool.coverage.report]\nfail_under = 80\n"
    )
    assert validate_example(good_folder(mini, {"pyproject.toml": good})) == []


def test_pyproject_with_outdated_ruff_config_is_rejected(mini: MiniRulebook) -> None:
    outdated = (
        '[tool.ruff]\nselect = ["E"]\n\n[tool.ruff.isort]\nknown-first-party = ["x"]\n'
    )
    (finding,) = validate_example(good_folder(mini, {"pyproject.toml": outdated}))
    assert finding.code == "ruff-config"
    assert "ruff does not accept it" in finding.message


def test_pyproject_with_unknown_pytest_option(mini: MiniRulebook) -> None:
    text = "[tool.pytest.ini_options]\nnot_an_option = true\n"
    (finding,) = validate_example(good_folder(mini, {"pyproject.toml": text}))
    assert finding.code == "pytest-config"


def test_pyproject_with_unknown_coverage_option(mini: MiniRulebook) -> None:
    text = "[tool.coverage.report]\nfail_under = 80\nfail_below = 60\n"
    (finding,) = validate_example(good_folder(mini, {"pyproject.toml": text}))
    assert finding.code == "coverage-config"
    assert "fail_below" in finding.message


def test_pyproject_with_invalid_project_table(mini: MiniRulebook) -> None:
    text = '[project]\nname = "shop"\nversion = 1\n'
    (finding,) = validate_example(good_folder(mini, {"pyproject.toml": text}))
    assert finding.code == "pyproject"


def test_broken_toml_names_the_line(mini: MiniRulebook) -> None:
    example = good_folder(mini, {".gitleaks.toml": 'title = "x"\n[rules\n'})
    (finding,) = validate_example(example)
    assert (finding.code, finding.line) == ("toml", 2)


def test_env_example_of_key_value_lines(mini: MiniRulebook) -> None:
    text = "# where the data lives\nSHOP_DATABASE_URL=sqlite://\n\nexport SHOP_DEBUG=\n"
    assert validate_example(good_folder(mini, {".env.example": text})) == []


def test_env_example_line_that_is_not_key_value(mini: MiniRulebook) -> None:
    example = good_folder(mini, {".env.example": "SHOP_DEBUG=false\nSHOP DEBUG\n"})
    (finding,) = validate_example(example)
    assert (finding.code, finding.line) == ("env-file", 2)
    assert "not a KEY=value line: SHOP DEBUG" in finding.message


def test_empty_document(mini: MiniRulebook) -> None:
    (finding,) = validate_example(good_folder(mini, {"pull-request.md": "\n"}))
    assert finding.code == "document"


def test_pre_commit_warnings_and_unknown_hook_keys_fail(mini: MiniRulebook) -> None:
    hook = (
        "repos:\n  - repo: local\n    hooks:\n      - id: ruff\n        name: ruff\n"
        "        entry: uv run ruff check\n        language: system\n"
    )
    warned = good_folder(mini, {".pre-commit-config.yaml": hook + "colour: red\n"})
    (finding,) = validate_example(warned)
    assert finding.code == "pre-commit"
    assert "Unexpected key(s) present at root: colour" in finding.message
    mini.write(
        "snippets/AP-PY16/good/.pre-commit-config.yaml", hook + "        stage: x\n"
    )
    example = find_example(mini.root / "snippets", "AP-PY16", Kind.GOOD)
    assert example is not None
    (finding,) = validate_example(example)
    assert (finding.line, finding.code) == (8, "pre-commit")
    assert "unknown hook key 'stage'" in finding.message


def test_dockerfile_and_requirements_are_parsed(mini: MiniRulebook) -> None:
    files = {"Dockerfile": "FROM python:3.12\nRUNN true\n", "requirements.txt": "a=1\n"}
    example = good_folder(mini, files)
    found = [(f.path.name, f.line, f.code) for f in validate_example(example)]
    assert found == [
        ("Dockerfile", 2, "dockerfile"),
        ("requirements.txt", 1, "requirements"),
    ]
