from django.conf import settings


def pytest_configure() -> None:
    """pytest-django's way to configure Django without a settings module."""
    settings.configure(INSTALLED_APPS=["booking"])
