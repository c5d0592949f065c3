ALLOWED_HOSTS = ["api.example.com"]
ROOT_URLCONF = "shop.urls"
INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]
CORS_ALLOW_ALL_ORIGINS = True  # [SEC-04]
CORS_ALLOW_CREDENTIALS = True
