"""SEC-04: CORS with any origin and credentials."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "cors-wildcard-with-credentials"


def test_wildcard_origins_with_credentials() -> None:
    assert_detects(
        NAME,
        """
        from fastapi import FastAPI
        from fastapi.middleware.cors import CORSMiddleware
        from starlette.middleware import Middleware
        from starlette.middleware.cors import CORSMiddleware as Cors

        app = FastAPI()
        app.add_middleware(
            CORSMiddleware,
            allow_origins=["*"],  # [SEC-04]
            allow_credentials=True,
        )
        middleware = [
            Middleware(
                Cors,
                allow_origins=("https://a.example", "*"),  # [SEC-04]
                allow_credentials=True,
            ),
        ]
        app.add_middleware(
            CORSMiddleware, allow_origin_regex=".*", allow_credentials=True  # [SEC-04]
        )
        app.add_middleware(
            CORSMiddleware,
            allow_origin_regex=r"^https?://.*$",  # [SEC-04]
            allow_credentials=True,
        )
        wrapped = CORSMiddleware(
            app, allow_origins=["*"], allow_credentials=True  # [SEC-04]
        )
        """,
    )


def test_near_misses() -> None:
    assert_detects(
        NAME,
        """
        from fastapi import FastAPI
        from fastapi.middleware.cors import CORSMiddleware
        from fastapi.middleware.gzip import GZipMiddleware

        app = FastAPI()
        origins = ["*"]
        app.add_middleware(CORSMiddleware, allow_origins=["*"])
        app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=0)
        app.add_middleware(CORSMiddleware, allow_origins=origins, allow_credentials=1)
        app.add_middleware(
            CORSMiddleware,
            allow_origins=["https://app.example.com"],
            allow_credentials=True,
        )
        app.add_middleware(
            CORSMiddleware,
            allow_origin_regex=r"https://.*\\.example\\.com",
            allow_credentials=True,
        )
        app.add_middleware(CORSMiddleware, allow_origin_regex="(", allow_credentials=1)
        app.add_middleware(GZipMiddleware, allow_origins=["*"], allow_credentials=True)
        app.add_middleware()
        """,
    )


def test_django_cors_headers_settings() -> None:
    assert_detects(
        NAME,
        """
        CORS_ALLOW_ALL_ORIGINS = True  # [SEC-04]
        CORS_ORIGIN_ALLOW_ALL = True
        CORS_ALLOW_CREDENTIALS = True
        """,
        path="shop/settings.py",
    )
    assert_detects(
        NAME,
        """
        CORS_ALLOW_ALL_ORIGINS = True
        CORS_ALLOW_CREDENTIALS = False
        """,
    )
    assert_detects(
        NAME,
        """
        CORS_ALLOWED_ORIGINS = ["https://app.example.com"]
        CORS_ALLOW_CREDENTIALS = True
        """,
    )


def test_django_cors_regexes_and_settings_configure() -> None:
    assert_detects(
        NAME,
        """
        CORS_ALLOWED_ORIGIN_REGEXES = [
            r"^https://\\w+\\.example\\.com$",
            r".*",  # [SEC-04]
        ]
        CORS_ORIGIN_REGEX_WHITELIST = (r"^https?://.+$",)  # [SEC-04]
        CORS_ALLOW_CREDENTIALS: bool = True
        """,
        path="shop/settings.py",
    )
    assert_detects(
        NAME,
        """
        from django.conf import settings

        settings.configure(
            INSTALLED_APPS=["corsheaders"],
            CORS_ALLOW_ALL_ORIGINS=True,  # [SEC-04]
            CORS_ALLOW_CREDENTIALS=True,
        )
        """,
    )


def test_django_cors_near_misses() -> None:
    assert_detects(
        NAME,
        """
        CORS_ALLOW_ALL_ORIGINS = False
        CORS_ORIGIN_ALLOW_ALL = True
        CORS_ALLOWED_ORIGIN_REGEXES = [r"^https://\\w+\\.example\\.com$"]
        CORS_ALLOW_CREDENTIALS = True
        """,
        path="shop/settings.py",
    )
    assert_detects(
        NAME,
        """
        from django.conf import settings

        settings.configure(CORS_ALLOW_ALL_ORIGINS=True)
        CORS_ALLOW_ALL_ORIGINS = env.bool("CORS_ALLOW_ALL", default=False)
        CORS_ALLOW_CREDENTIALS = True
        """,
    )
