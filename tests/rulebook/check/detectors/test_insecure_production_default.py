"""SEC-02: debug on by default, cookies without Secure."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "insecure-production-default"


def test_debug_on_and_insecure_cookies() -> None:
    assert_detects(
        NAME,
        """
        import fastapi
        import pydantic_settings
        from fastapi import FastAPI, Response
        from pydantic import Field
        from pydantic_settings import BaseSettings
        from starlette.applications import Starlette


        class Settings(BaseSettings):
            debug: bool = True  # [SEC-02]


        class Other(pydantic_settings.BaseSettings):
            DEBUG: bool = Field(default=True)  # [SEC-02]
            verbose: bool = True


        class Third(BaseSettings):
            debug: bool = Field(True, description="x")  # [SEC-02]


        app = FastAPI(debug=True)  # [SEC-02]
        other = fastapi.FastAPI(title="x", debug=True)  # [SEC-02]
        star = Starlette(debug=True)  # [SEC-02]


        def login(response: Response) -> None:
            response.set_cookie("session", "id")  # [SEC-02]
            response.set_cookie(key="session", value="id", httponly=True)  # [SEC-02]
            response.set_cookie("session", "id", secure=False)  # [SEC-02]
        """,
    )


def test_near_misses() -> None:
    assert_detects(
        NAME,
        """
        from http.cookiejar import CookieJar

        from fastapi import FastAPI, Response
        from pydantic import BaseModel
        from pydantic_settings import BaseSettings


        class Settings(BaseSettings):
            debug: bool = False
            https_only: bool = True


        class Options(BaseModel):
            debug: bool = True


        class Plain:
            debug: bool = True


        DEBUG = True  # not a settings module
        settings = Settings()
        app = FastAPI(debug=settings.debug)
        quiet = FastAPI(debug=False)


        def login(response: Response, jar: CookieJar, **options: bool) -> None:
            response.set_cookie("session", "id", secure=True, httponly=True)
            response.set_cookie("session", "id", secure=settings.https_only)
            response.set_cookie("session", "id", **options)
            jar.set_cookie(cookie_object)
            response.set_cookie()
        """,
    )


def test_debug_in_a_settings_module() -> None:
    assert_detects(
        NAME,
        """
        DEBUG = True  # [SEC-02]
        ALLOWED_HOSTS = ["*"]


        class Dev:
            DEBUG = True
        """,
        path="shop/settings.py",
    )
    assert_detects(NAME, "DEBUG = True\n", path="shop/settings/dev.py")
    assert_detects(NAME, "DEBUG = False\n", path="config.py")


def test_django_production_settings() -> None:
    assert_detects(
        NAME,
        """
        import environ

        env = environ.Env()
        DEBUG = env.bool("DJANGO_DEBUG", default=True)  # [SEC-02]
        SESSION_COOKIE_SECURE = False  # [SEC-02]
        CSRF_COOKIE_SECURE = False  # [SEC-02]
        SECURE_SSL_REDIRECT = False
        """,
        path="shop/settings.py",
    )
    debug_on = "DEBUG = True  # [SEC-02]\n"
    assert_detects(NAME, debug_on, path="shop/settings/production.py")
    assert_detects(NAME, debug_on, path="config/settings/prod.py")


def test_django_settings_near_misses() -> None:
    assert_detects(
        NAME,
        """
        DEBUG = env.bool("DJANGO_DEBUG", default=False)
        SESSION_COOKIE_SECURE = env.bool("SESSION_COOKIE_SECURE", default=True)
        CSRF_COOKIE_SECURE = True
        """,
        path="shop/settings.py",
    )
    assert_detects(
        NAME,
        """
        DEBUG = True
        SESSION_COOKIE_SECURE = False
        """,
        path="shop/settings/dev.py",
    )
    assert_detects(NAME, "DEBUG = True\n", path="shop/settings/base.py")
    assert_detects(NAME, "SESSION_COOKIE_SECURE = False\n", path="shop/views.py")
