from django.conf import settings


def pytest_configure() -> None:
    """pytest-django's way to configure Django without a settings module."""
    settings.configure(
        DATABASES={
            "default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}
        },
        INSTALLED_APPS=["shop"],
        ROOT_URLCONF="shop.urls",
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
    )
