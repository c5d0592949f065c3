import os
from unittest.mock import patch

from pydantic import ValidationError
from settings import ENV_EXAMPLE, Settings

# A newcomer copies .env.example to .env, as the README says, and starts the service.
with patch.dict(os.environ, {}, clear=True):
    try:
        Settings(_env_file=ENV_EXAMPLE)
    except ValidationError as error:
        print([(e["loc"][0], e["type"]) for e in error.errors()])
        #> [('payment_api_token', 'missing'), ('orders_smtp_host', 'extra_forbidden')]
