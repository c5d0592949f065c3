from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Read from the environment; the token has no default, so it must be supplied."""

    model_config = SettingsConfigDict(env_prefix="SHOP_")

    database_url: str
    payment_api_token: SecretStr
