from fastapi import FastAPI, Response
from fastapi.testclient import TestClient
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SHOP_")
    debug: bool = True  # [SEC-02]


def create_app(settings: Settings) -> FastAPI:
    app = FastAPI(debug=settings.debug)  # no HTTPS redirect, no HSTS

    @app.post("/login", status_code=204)
    def login(response: Response) -> None:
        response.set_cookie("session", "opaque-session-id")  # [SEC-02]

    @app.get("/orders/count")
    def count_orders() -> int:
        raise RuntimeError("password authentication failed for user shop_app")

    return app


# Production forgot to set SHOP_DEBUG=false.
app = create_app(Settings())
client = TestClient(
    app, base_url="http://shop.example.com", raise_server_exceptions=False
)

# The session cookie travels over plain HTTP and is readable from JavaScript.
login = client.post("/login")
print(login.status_code, login.headers["set-cookie"])
#> 204 session=opaque-session-id; Path=/; SameSite=lax
print("strict-transport-security" in login.headers)
#> False
# Any visitor who triggers an error reads the traceback, internals included.
failure = client.get("/orders/count")
print(failure.status_code, failure.text.splitlines()[0])
#> 500 Traceback (most recent call last):
print(failure.text.strip().splitlines()[-1])
#> RuntimeError: password authentication failed for user shop_app
