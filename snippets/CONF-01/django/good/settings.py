"""The Django settings module: the one place that reads the environment."""

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Deployment(BaseSettings):
    """Every value that differs between deployments, typed and checked at start-up."""

    model_config = SettingsConfigDict(env_prefix="SHOP_")

    secret_key: SecretStr
    database_name: str  # required: no default that could point at the wrong database
    broker_url: str
    debug: bool = False
    payment_timeout_seconds: float = 5.0


deployment = Deployment()

SECRET_KEY = deployment.secret_key.get_secret_value()
DEBUG = deployment.debug
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": deployment.database_name,
    }
}
CELERY_BROKER_URL = deployment.broker_url
INSTALLED_APPS = ["django.contrib.contenttypes"]
