import os

ALLOWED_HOSTS = ["api.example.com"]
ROOT_URLCONF = "shop.urls"
INSTALLED_APPS = ["corsheaders"]
MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
]
# The front-ends that may call the API with the user's cookies, by exact origin.
CORS_ALLOWED_ORIGINS = os.environ.get(
    "SHOP_CORS_ALLOWED_ORIGINS", "https://app.example.com"
).split(",")
CORS_ALLOW_CREDENTIALS = True
CORS_ALLOW_METHODS = ["GET", "POST"]
CORS_ALLOW_HEADERS = ["content-type"]
