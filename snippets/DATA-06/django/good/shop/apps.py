from django.apps import AppConfig


class ShopConfig(AppConfig):
    """Start-up only wires the app; `manage.py migrate` is a release step of its own."""

    name = "shop"
