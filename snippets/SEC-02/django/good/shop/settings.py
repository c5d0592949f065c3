"""Production settings: what the service runs with when the environment sets nothing.

Development opts in to debug with SHOP_DEBUG=1; production needs no setting at all.
"""

import os

SECRET_KEY = os.environ["SHOP_SECRET_KEY"]
DEBUG = os.environ.get("SHOP_DEBUG") == "1"
ALLOWED_HOSTS = ["shop.example.com"]
ROOT_URLCONF = "shop.urls"
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"

SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 63_072_000  # two years
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True  # HttpOnly and SameSite=Lax are Django's defaults
CSRF_COOKIE_SECURE = True
