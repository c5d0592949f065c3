import os

SECRET_KEY = os.environ["SHOP_SECRET_KEY"]
DEBUG = True  # [SEC-02]
ALLOWED_HOSTS = ["shop.example.com"]
ROOT_URLCONF = "shop.urls"
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]
SESSION_ENGINE = "django.contrib.sessions.backends.signed_cookies"
