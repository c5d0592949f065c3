import hashlib
import hmac

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")
    webhook_secret: str = "whsec-live-5f1c9a7e2b3d"  # [SEC-06, SEC-01]


def sign(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def is_genuine(body: bytes, signature: str, webhook_secret: str) -> bool:
    """Did the payment provider send this webhook, unchanged?"""
    return hmac.compare_digest(sign(body, webhook_secret), signature)


def test_is_genuine_accepts_a_webhook_captured_in_production() -> None:
    body = b'{"order_id": 81723, "status": "paid"}'
    sig = "5ea3d9acfce13a627901a750b72c1b3925ae407aff7c7394957c42a6ae77fdf5"
    assert is_genuine(body, sig, webhook_secret="whsec-live-5f1c9a7e2b3d")  # [SEC-06]


test_is_genuine_accepts_a_webhook_captured_in_production()
settings = Settings()
print(settings)  # what a start-up log or an error report would show
#> webhook_secret='whsec-live-5f1c9a7e2b3d'
# Everyone who can read the repository, its forks or the CI logs can now forge
# a "paid" webhook for an order nobody paid for.
forged = b'{"order_id": 99999, "status": "paid"}'
leaked = settings.webhook_secret
print(is_genuine(forged, sign(forged, leaked), leaked))
#> True
