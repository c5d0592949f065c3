from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request, Response
from fastapi.middleware.httpsredirect import HTTPSRedirectMiddleware
from fastapi.testclient import TestClient
from pydantic_settings import BaseSettings, SettingsConfigDict

HSTS = "max-age=63072000; includeSubDomains"


class Settings(BaseSettings):
    """Safe by default: development opts in to debug; production needs no setting."""

    model_config = SettingsConfigDict(env_prefix="SHOP_")
    debug: bool = False
    https_only: bool = True


def create_app(settings: Settings) -> FastAPI:
    app = FastAPI(debug=settings.debug)
    if settings.https_only:
        app.add_middleware(HTTPSRedirectMiddleware)

        @app.middleware("http")
        async def add_hsts(
            request: Request, call_next: Callable[[Request], Awaitable[Response]]
        ) -> Response:
            response = await call_next(request)
            response.headers["Strict-Transport-Security"] = HSTS
            return response

    @app.post("/login", status_code=204)
    def login(response: Response) -> None:
        response.set_cookie(
            "session", "opaque-session-id", secure=True, httponly=True, samesite="lax"
        )

    @app.get("/orders/count")
    def count_orders() -> int:
        raise RuntimeError("password authentication failed for user shop_app")

    return app


app = create_app(Settings())
plain = TestClient(app, base_url="http://shop.example.com")
secure = TestClient(
    app, base_url="https://shop.example.com", raise_server_exceptions=False
)

redirect = plain.post("/login", follow_redirects=False)
print(redirect.status_code, redirect.headers["location"])
#> 307 https://shop.example.com/login
login = secure.post("/login")
print(login.headers["set-cookie"])
#> session=opaque-session-id; HttpOnly; Path=/; SameSite=lax; Secure
print(login.headers["strict-transport-security"])
#> max-age=63072000; includeSubDomains
failure = secure.get("/orders/count")
print(failure.status_code, failure.text)
#> 500 Internal Server Error
