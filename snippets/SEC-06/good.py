import hashlib
import hmac
import secrets

import pytest
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Secrets have no default: they come from the environment, or start-up fails."""

    model_config = SettingsConfigDict(env_prefix="SHOP_")
    webhook_secret: SecretStr


def sign(body: bytes, secret: SecretStr) -> str:
    key = secret.get_secret_value().encode()
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def is_genuine(body: bytes, signature: str, secret: SecretStr) -> bool:
    """Did the payment provider send this webhook, unchanged?"""
    return hmac.compare_digest(sign(body, secret), signature)


def test_is_genuine_accepts_only_the_signed_body() -> None:
    secret = SecretStr(secrets.token_hex(16))  # invented for this run only
    body = b'{"order_id": 7, "status": "paid"}'
    signature = sign(body, secret)
    assert is_genuine(body, signature, secret)
    assert not is_genuine(body.replace(b"7", b"8"), signature, secret)


# Setting the variable is the deployment's job; here a test stands in for it.
with pytest.MonkeyPatch.context() as env:
    env.setenv("SHOP_WEBHOOK_SECRET", secrets.token_hex(16))
    settings = Settings()
print(settings)  # what a start-up log or an error report would show
#> webhook_secret=SecretStr('**********')
test_is_genuine_accepts_only_the_signed_body()
print("passed")
#> passed
