from typing import Annotated

from fastapi import Cookie, FastAPI, HTTPException, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.testclient import TestClient
from pydantic import BaseModel
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """The front-ends that may call the API with the user's cookies, by exact origin."""

    model_config = SettingsConfigDict(env_prefix="SHOP_")
    cors_origins: list[str] = ["https://app.example.com"]


class UserResponse(BaseModel):
    email: str


def create_app(settings: Settings) -> FastAPI:
    app = FastAPI()
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_origins,
        allow_credentials=True,
        allow_methods=["GET", "POST"],
        allow_headers=["Content-Type"],
    )

    @app.get("/me")
    def get_current_user(
        session: Annotated[str | None, Cookie()] = None,
    ) -> UserResponse:
        if session != "ada-session":
            raise HTTPException(status.HTTP_401_UNAUTHORIZED)
        return UserResponse(email="ada@example.com")

    return app


client = TestClient(create_app(Settings()), cookies={"session": "ada-session"})


def allowed_origin(origin: str) -> str | None:
    """May a page on `origin` read Ada's /me with her cookies? The browser asks this."""
    response = client.get("/me", headers={"Origin": origin})
    return response.headers.get("access-control-allow-origin")


print(allowed_origin("https://app.example.com"))
#> https://app.example.com
print(allowed_origin("https://evil.example"))
#> None
preflight = client.options(
    "/me",
    headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
)
print(preflight.status_code, preflight.text)
#> 400 Disallowed CORS origin
