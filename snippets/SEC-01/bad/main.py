import os
from unittest.mock import patch

from settings import Settings

# Staging was deployed without SHOP_PAYMENT_API_TOKEN. Nothing fails: it quietly uses
# the live token that now sits in every clone, fork and CI cache of the repository.
with patch.dict(os.environ, {"SHOP_DATABASE_URL": "sqlite://"}, clear=True):
    settings = Settings()
print(settings.payment_api_token)
#> pay_live_4f9b1c2e7a8d6f3b
