from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

ENV_EXAMPLE = Path(__file__).with_name(".env.example")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ORDERS_", env_ignore_empty=True)

    database_url: str
    payment_api_token: SecretStr  # [CONF-02]
    payment_timeout_seconds: float = 5.0
    debug: bool = False
