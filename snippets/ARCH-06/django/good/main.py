"""Start-up lists one Django app per feature; each app is one package."""

import pkgutil

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["catalog", "checkout"],
    ROOT_URLCONF="urls",
    ALLOWED_HOSTS=["shop.example.com"],
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)
django.setup()

from catalog.models import Product  # noqa: E402
from django.apps import apps  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)
Product.objects.create(sku="tea", price_cents=450)

client = Client(SERVER_NAME="shop.example.com")
print(client.get("/products/tea").json())
#> {'sku': 'tea', 'price_cents': 450}
print(client.post("/checkout/quote", {"sku": "tea", "quantity": 3}).json())
#> {'total_cents': 1350}

# Everything a checkout change can touch sits in one app, tables included.
for app in apps.get_app_configs():
    modules = [module.name for module in pkgutil.iter_modules([app.path])]
    tables = [model._meta.db_table for model in app.get_models()]
    print(app.label, modules, tables)
    #> catalog ['models', 'services', 'urls', 'views'] ['catalog_product']
    #> checkout ['models', 'services', 'urls', 'views'] ['checkout_quote']
