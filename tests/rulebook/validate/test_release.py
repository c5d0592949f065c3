"""No rule is published `since` a version the project has not reached."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

from rulebook.validate.release import project_version, version_key
from tests.builders import MiniRulebook

PAGE = "docs/rules/AP-PY16.md"


def test_the_version_comes_from_pyproject(mini: MiniRulebook) -> None:
    mini.write("pyproject.toml", '[project]\nname = "x"\nversion = "2.3.4"\n')
    assert project_version(mini.root) == "2.3.4"


def test_without_pyproject_the_installed_version(tmp_path: Path) -> None:
    assert project_version(tmp_path) == importlib.metadata.version("rulebook")


def test_versions_compare_by_number() -> None:
    assert version_key("0.10.0") > version_key("0.9.9")
    assert version_key("1.0.0rc1") == (1, 0, 0)


def test_since_later_than_the_version(mini: MiniRulebook) -> None:
    mini.write("pyproject.toml", '[project]\nname = "x"\nversion = "0.1.0"\n')
    mini.edit(PAGE, 'since: "0.1.0"', 'since: "0.2.0"')
    problem = mini.only_problem()
    assert (problem.path, problem.line, problem.rule_id) == (
        mini.root / PAGE,
        5,
        "AP-PY16",
    )
    assert problem.message == (
        "field 'since': 0.2.0 is later than the rulebook's version 0.1.0"
    )
    assert problem.hint == (
        'set since: "0.1.0" (the version that first publishes the rule), or raise '
        "[project] version in pyproject.toml when releasing"
    )


def test_since_the_current_or_an_earlier_version(mini: MiniRulebook) -> None:
    mini.write("pyproject.toml", '[project]\nname = "x"\nversion = "0.3.0"\n')
    assert mini.problems() == []
