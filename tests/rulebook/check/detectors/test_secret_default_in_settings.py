"""SEC-01: secret settings fields with a literal default."""

from __future__ import annotations

import pytest

from rulebook.check.detectors.secret_default_in_settings import is_secret_name
from tests.checking import assert_detects

NAME = "secret-default-in-settings"


def test_secret_defaults_in_settings() -> None:
    assert_detects(
        NAME,
        """
        import pydantic_settings
        from pydantic import Field, SecretStr
        from pydantic_settings import BaseSettings


        class Settings(BaseSettings):
            database_url: str
            payment_api_token: str = "pay_live_4f9b1c2e7a8d6f3b"  # [SEC-01]
            secret_key: SecretStr = SecretStr("django-insecure-123")  # [SEC-01]
            smtp_password: str = Field("hunter2")  # [SEC-01]
            signing_key: bytes = Field(default=b"k3y")  # [SEC-01]


        class Other(pydantic_settings.BaseSettings):
            api_key: str = "abc"  # [SEC-01]
        """,
    )


def test_near_misses() -> None:
    assert_detects(
        NAME,
        """
        from pydantic import BaseModel, Field, SecretStr
        from pydantic_settings import BaseSettings


        class Settings(BaseSettings):
            payment_api_token: SecretStr
            smtp_password: str = ""
            token_url: str = "https://auth.example.com/token"
            password_min_length: int = 12
            jwt_secret: SecretStr = Field(description="from the vault")
            secret_key: str = str(42)
            cache_key: str = "orders"


        class Login(BaseModel):
            password: str = "example"


        TOKEN = "not a settings field"
        """,
    )


@pytest.mark.parametrize(
    ("name", "secret"),
    [
        ("payment_api_token", True),
        ("DB_PASSWORD", True),
        ("secret", True),
        ("aws_access_key", True),
        ("credentials", True),
        ("token_url", False),
        ("cache_key", False),
        ("key", False),
        ("secretary", False),
    ],
)
def test_secret_names(name: str, secret: bool) -> None:
    assert is_secret_name(name) is secret
