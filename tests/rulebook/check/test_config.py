"""`[tool.rulebook]` is read with defaults, and every problem in it is named."""

from __future__ import annotations

from pathlib import Path

from rulebook.check.config import find_pyproject, read_config
from rulebook.check.module import Role


def test_missing_file_or_table_gives_defaults(tmp_path: Path) -> None:
    assert read_config(None).select == ()
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    config = read_config(tmp_path / "pyproject.toml")
    assert (config.select, config.ignore, config.problems) == ((), (), ())


def test_values_are_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.rulebook]\nselect = ["AP-PY"]\nignore = ["NAME-08"]\n'
        'projects = ["services/*"]\n[tool.rulebook.roles]\n"app/http/*.py" = "routes"\n'
    )
    config = read_config(tmp_path / "pyproject.toml")
    assert config.select == ("AP-PY",)
    assert config.ignore == ("NAME-08",)
    assert config.projects == ("services/*",)
    assert config.roles == {"app/http/*.py": Role.ROUTES}
    assert config.problems == ()


def test_broken_toml_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.rulebook\n")
    (problem,) = read_config(tmp_path / "pyproject.toml").problems
    assert problem.startswith(f"{tmp_path / 'pyproject.toml'}: not valid TOML")


def test_table_of_the_wrong_type(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool]\nrulebook = 3\n")
    (problem,) = read_config(tmp_path / "pyproject.toml").problems
    assert "[tool.rulebook] must be a table" in problem


def test_find_pyproject_walks_up(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "a/b").mkdir(parents=True)
    assert find_pyproject(tmp_path / "a/b") == (tmp_path / "pyproject.toml").resolve()
