"""CONF-01: environment read by hand, connection URLs in code."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "config-outside-settings"


def test_environment_reads_and_urls() -> None:
    assert_detects(
        NAME,
        """
        import os
        from os import environ, getenv

        from sqlalchemy import create_engine

        DATABASE_URL = "postgresql://db.internal/shop"  # [CONF-01]
        CACHE: str = "redis://cache:6379/0"  # [CONF-01]
        engine = create_engine(url="postgresql+psycopg://app:pw@db/shop")  # [CONF-01]


        def describe() -> str:
            debug = os.getenv("SHOP_DEBUG", "")  # [CONF-01]
            home = os.environ.get("HOME")  # [CONF-01]
            user = os.environ["USER"]  # [CONF-01]
            both = environ["A"] + getenv("B", "")  # [CONF-01]
            return f"{debug}{home}{user}{both}"
        """,
    )


def test_near_misses() -> None:
    assert_detects(
        NAME,
        """
        import os
        from unittest.mock import patch

        from pydantic_settings import BaseSettings

        EXAMPLE = "see postgresql://host/db for the format"
        MEMORY = "sqlite://"
        PAGE_SIZE = 50
        os.environ["SHOP_DEBUG"] = "false"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")
        del os.environ["SHOP_DEBUG"]


        class Settings(BaseSettings):
            database_url: str = "postgresql://localhost/dev"


        def test_env() -> None:
            with patch.dict(os.environ, {"A": "1"}, clear=True):
                pass


        def docs() -> str:
            return "postgresql://db.internal/shop"
        """,
    )


def test_settings_tests_and_migrations_may_read_the_environment() -> None:
    source = 'import os\nURL = os.environ["DATABASE_URL"]\nX = "redis://cache/0"\n'
    for path in (
        "app/settings.py",
        "app/config.py",
        "tests/conftest.py",
        "alembic/env.py",
    ):
        assert_detects(NAME, source, path=path)
