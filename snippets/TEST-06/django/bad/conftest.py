from django.conf import settings
from django.core.management.utils import get_random_secret_key


def pytest_configure() -> None:
    """pytest-django's way to configure Django without a settings module."""
    settings.configure(
        DATABASES={
            "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}
        },
        INSTALLED_APPS=[
            "django.contrib.auth",
            "django.contrib.contenttypes",
            "django.contrib.sessions",
            "refunds",
        ],
        MIDDLEWARE=[
            "django.contrib.sessions.middleware.SessionMiddleware",
            "django.middleware.csrf.CsrfViewMiddleware",
            "django.contrib.auth.middleware.AuthenticationMiddleware",
        ],
        ROOT_URLCONF="refunds.urls",
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
        SECRET_KEY=get_random_secret_key(),  # signs this run's sessions only
    )
