from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_EXAMPLE = Path(__file__).with_name(".env.example")


class Settings(BaseSettings):
    """Every variable here is documented in .env.example, and nothing else is."""

    # An empty value (`ORDERS_PAYMENT_API_TOKEN=`) counts as missing, not as "".
    model_config = SettingsConfigDict(env_prefix="ORDERS_", env_ignore_empty=True)

    database_url: str
    payment_api_token: SecretStr
    payment_timeout_seconds: float = 5.0
    debug: bool = False
