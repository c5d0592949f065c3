import os
from unittest.mock import patch

DATABASE_URL = "postgresql://db.internal/shop"  # [CONF-01]


def describe() -> str:
    debug = os.getenv("SHOP_DEBUG", "")  # [CONF-01]
    timeout = os.getenv("SHOP_PAYMENT_TIMEOUT_SECONDS", "5")  # [CONF-01]
    mode = "debug" if debug else "production"
    return f"{mode}, payments time out after {timeout!r} s, db {DATABASE_URL}"


# The deployment sets the environment, but the string "false" is truthy, the timeout
# stays a string, and the database URL in the code wins over the one in the variable.
deployment = {
    "SHOP_DATABASE_URL": "sqlite://",
    "SHOP_DEBUG": "false",
    "SHOP_PAYMENT_TIMEOUT_SECONDS": "2.5",
}
with patch.dict(os.environ, deployment, clear=True):
    print(describe())
    #> debug, payments time out after '2.5' s, db postgresql://db.internal/shop
