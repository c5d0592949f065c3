"""CONF-02: .env.example against the fields of the project's pydantic-settings."""

from __future__ import annotations

from pathlib import Path

from rulebook.check.detectors.env_example import env_names
from tests.rulebook.check.detectors.file_projects import (
    assert_project_detects,
    project_hits,
)

NAME = "env-example"
SETTINGS = """\
from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")

    database_url: str
    debug: bool = False
"""


def test_env_example_matching_its_settings(tmp_path: Path) -> None:
    files = {
        "settings.py": SETTINGS,
        ".env.example": "# where the data lives\nSHOP_DATABASE_URL=sqlite://\n"
        "export shop_debug=false\n",
    }
    assert project_hits(tmp_path, NAME, files) == []


def test_missing_and_stale_variables(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            "settings.py": SETTINGS.replace(
                "    database_url: str\n", "    database_url: str  # [CONF-02]\n"
            ),
            ".env.example": "SHOP_DEBUG=false\nSHOP_SECRET=x  # [CONF-02]\n",
        },
    )


def test_aliases_class_vars_and_several_files(tmp_path: Path) -> None:
    assert_project_detects(
        tmp_path,
        NAME,
        {
            "app/config.py": """\
                from typing import ClassVar

                import pydantic_settings
                from pydantic import Field


                class Settings(pydantic_settings.BaseSettings):
                    retries: ClassVar[int] = 3
                    token: str = Field(validation_alias="PAYMENT_TOKEN")
                    region: str = "eu"  # [CONF-02]


                class Plain:
                    unrelated: int = 1
            """,
            "app/.env.example": "PAYMENT_TOKEN=\n",
            "deploy/.env.example": "bad line\nPAYMENT_TOKEN=\nRETRIES=3  # [CONF-02]\n",
        },
    )


def test_settings_without_env_example_are_not_reported(tmp_path: Path) -> None:
    assert project_hits(tmp_path, NAME, {"settings.py": SETTINGS}) == []


def test_env_example_without_settings_is_not_reported(tmp_path: Path) -> None:
    files = {".env.example": "A=1\n", "main.py": "print(1)\n"}
    assert project_hits(tmp_path, NAME, files) == []


def test_env_names_skip_what_is_not_key_value() -> None:
    text = "# comment\n\nA=1\nexport b=\nnot a line\n1X=2\nA=again\n"
    assert env_names(text) == {"A": 3, "B": 4}
