import os
from unittest.mock import patch

from dotenv import dotenv_values
from settings import ENV_EXAMPLE, Settings


def test_env_example_documents_exactly_the_settings() -> None:
    prefix = Settings.model_config.get("env_prefix", "")
    read = {f"{prefix}{name}".upper() for name in Settings.model_fields}
    assert set(dotenv_values(ENV_EXAMPLE)) == read


test_env_example_documents_exactly_the_settings()

# A newcomer copies the file, fills in the one blank, and the service starts.
vault = {"ORDERS_PAYMENT_API_TOKEN": "sandbox-token-from-the-vault"}
with patch.dict(os.environ, vault, clear=True):
    settings = Settings(_env_file=ENV_EXAMPLE)
print(settings.database_url)
#> postgresql+psycopg://localhost:5432/orders
print(settings.payment_timeout_seconds, settings.debug)
#> 5.0 False
