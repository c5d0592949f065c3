from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")

    database_url: str
    payment_api_token: str = "pay_live_4f9b1c2e7a8d6f3b"  # [SEC-01, SEC-06]
