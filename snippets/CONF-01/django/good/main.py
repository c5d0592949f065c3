import os
from unittest.mock import patch

import django
from pydantic import ValidationError

# The deployment sets the environment; "false" parses to False and "2.5" to a float.
deployment_env = {
    "DJANGO_SETTINGS_MODULE": "settings",
    "SHOP_SECRET_KEY": "injected-by-the-platform",
    "SHOP_DATABASE_NAME": ":memory:",
    "SHOP_BROKER_URL": "memory://",
    "SHOP_DEBUG": "false",
    "SHOP_PAYMENT_TIMEOUT_SECONDS": "2.5",
}
with patch.dict(os.environ, deployment_env, clear=True):
    django.setup()  # loads settings.py, which validates the environment once

from django.conf import settings  # noqa: E402
from settings import Deployment, deployment  # noqa: E402

# Django's own settings, and the typed object for the project's values.
print(settings.DEBUG, settings.DATABASES["default"]["NAME"])
#> False :memory:
print(deployment.payment_timeout_seconds, deployment.broker_url)
#> 2.5 memory://

# A missing or malformed variable stops the service at start-up, with the reason.
with patch.dict(os.environ, {"SHOP_DEBUG": "sometimes"}, clear=True):
    try:
        Deployment()
    except ValidationError as error:
        for problem in error.errors():
            print(problem["loc"][0], problem["type"])
            #> secret_key missing
            #> database_name missing
            #> broker_url missing
            #> debug bool_parsing
