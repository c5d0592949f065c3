import os
from unittest.mock import patch

from pydantic import ValidationError
from settings import Settings

# A deployment that forgot the token refuses to start instead of borrowing one.
with patch.dict(os.environ, {"SHOP_DATABASE_URL": "sqlite://"}, clear=True):
    try:
        Settings()
    except ValidationError as error:
        print([e["loc"][0] for e in error.errors()])
        #> ['payment_api_token']

# The platform injects the token from its secret store as an environment variable.
deployment = {
    "SHOP_DATABASE_URL": "sqlite://",
    "SHOP_PAYMENT_API_TOKEN": "injected-by-the-platform",
}
with patch.dict(os.environ, deployment, clear=True):
    settings = Settings()
print(settings.payment_api_token)
#> **********
print(len(settings.payment_api_token.get_secret_value()))
#> 24
