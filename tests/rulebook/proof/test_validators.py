"""Each validator accepts a well-formed file and rejects a broken one, saying why."""

from __future__ import annotations

from rulebook.examples import Example, Kind, find_example
from rulebook.proof.validators import ENV_EXAMPLE, validate_example
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


SETTINGS = """\
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")

    database_url: str
    debug: bool = False
"""


def test_env_example_matching_its_settings(mini: MiniRulebook) -> None:
    example = good_folder(
        mini,
        {
            "settings.py": SETTINGS,
            "main.py": "import settings\n",
            ".env.example": "# where the data lives\nSHOP_DATABASE_URL=sqlite://\nSHOP_DEBUG=false\n",
        },
    )
    assert validate_example(example) == []


def test_env_example_missing_and_stale_variables(mini: MiniRulebook) -> None:
    example = good_folder(
        mini,
        {
            "settings.py": SETTINGS,
            "main.py": "import settings\n",
            ".env.example": "SHOP_DEBUG=false\nSHOP_SECRET=x\n",
        },
    )
    findings = validate_example(example)
    assert [(f.path.name, f.line, f.code) for f in findings] == [
        (".env.example", 2, ENV_EXAMPLE),
        ("settings.py", 7, ENV_EXAMPLE),
    ]
    assert (
        "SHOP_SECRET is documented but no settings field reads it"
        in findings[0].message
    )
    assert "SHOP_DATABASE_URL is read by the settings" in findings[1].message


def test_env_example_without_settings(mini: MiniRulebook) -> None:
    (finding,) = validate_example(good_folder(mini, {".env.example": "A=1\n"}))
    assert "no pydantic-settings class" in finding.message


def test_empty_document(mini: MiniRulebook) -> None:
    (finding,) = validate_example(good_folder(mini, {"pull-request.md": "\n"}))
    assert finding.code == "document"
