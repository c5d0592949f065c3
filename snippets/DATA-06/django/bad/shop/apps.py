from django.apps import AppConfig
from django.core.management import call_command


class ShopConfig(AppConfig):
    name = "shop"

    def ready(self) -> None:
        """Runs in every web process as it starts, once per worker and replica."""
        call_command("migrate", verbosity=0)  # [DATA-06]
