import os
from unittest.mock import patch

from pydantic import ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting the service reads, typed, with the environment as its source."""

    model_config = SettingsConfigDict(env_prefix="SHOP_")

    database_url: str  # required: no default that could point at the wrong database
    debug: bool = False
    payment_timeout_seconds: float = 5.0


def describe(settings: Settings) -> str:
    mode = "debug" if settings.debug else "production"
    return f"{mode}, payments time out after {settings.payment_timeout_seconds} s"


# The deployment sets the environment; "false" parses to False and "2.5" to a float.
deployment = {
    "SHOP_DATABASE_URL": "sqlite://",
    "SHOP_DEBUG": "false",
    "SHOP_PAYMENT_TIMEOUT_SECONDS": "2.5",
}
with patch.dict(os.environ, deployment, clear=True):
    print(describe(Settings()))
    #> production, payments time out after 2.5 s

# A missing or malformed variable stops the service at start-up, with the reason.
with patch.dict(os.environ, {"SHOP_DEBUG": "sometimes"}, clear=True):
    try:
        Settings()
    except ValidationError as error:
        print([(e["loc"][0], e["type"]) for e in error.errors()])
        #> [('database_url', 'missing'), ('debug', 'bool_parsing')]
