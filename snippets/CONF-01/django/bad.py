import os
from unittest.mock import patch

import django
from django.conf import settings

# The deployment sets the environment, but the string "false" is truthy, the timeout
# stays a string, the broker URL in the code wins over the one in the variable, and
# the secret key the platform forgot falls back to one anybody can read here.
deployment_env = {
    "SHOP_BROKER_URL": "memory://",
    "SHOP_DEBUG": "false",
    "SHOP_PAYMENT_TIMEOUT_SECONDS": "2.5",
}
with patch.dict(os.environ, deployment_env, clear=True):
    settings.configure(
        SECRET_KEY=os.environ.get("SHOP_SECRET_KEY", "dev-only"),  # [CONF-01]
        DEBUG=bool(os.environ.get("SHOP_DEBUG")),  # [CONF-01]
        CELERY_BROKER_URL="redis://cache.internal:6379/0",  # [CONF-01]
        INSTALLED_APPS=["django.contrib.contenttypes"],
    )
    django.setup()
    timeout = os.getenv("SHOP_PAYMENT_TIMEOUT_SECONDS", "5")  # [CONF-01]

print(settings.DEBUG, repr(timeout), settings.CELERY_BROKER_URL)
#> True '2.5' redis://cache.internal:6379/0
print(settings.SECRET_KEY)
#> dev-only
