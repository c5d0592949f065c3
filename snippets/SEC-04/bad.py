from typing import Annotated

from fastapi import Cookie, FastAPI, HTTPException, status
from fastapi.middleware.cors import CORSMiddleware
from fastapi.testclient import TestClient
from pydantic import BaseModel


class UserResponse(BaseModel):
    email: str


def create_app() -> FastAPI:
    app = FastAPI()
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],  # [SEC-04]
        allow_credentials=True,
        allow_methods=["*"],
        allow_headers=["*"],
    )

    @app.get("/me")
    def get_current_user(
        session: Annotated[str | None, Cookie()] = None,
    ) -> UserResponse:
        if session != "ada-session":
            raise HTTPException(status.HTTP_401_UNAUTHORIZED)
        return UserResponse(email="ada@example.com")

    return app


client = TestClient(create_app(), cookies={"session": "ada-session"})


def allowed_origin(origin: str) -> str | None:
    """May a page on `origin` read Ada's /me with her cookies? The browser asks this."""
    response = client.get("/me", headers={"Origin": origin})
    return response.headers.get("access-control-allow-origin")


print(allowed_origin("https://app.example.com"))
#> https://app.example.com
# With credentials on, Starlette echoes any origin back instead of "*": every site
# Ada visits can call the API as Ada and read the answer.
print(allowed_origin("https://evil.example"))
#> https://evil.example
print(client.get("/me", headers={"Origin": "https://evil.example"}).json())
#> {'email': 'ada@example.com'}
