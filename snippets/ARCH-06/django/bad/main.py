"""Start-up lists one app; the features are sliced across its layer packages."""

import pkgutil

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["shop"],
    ROOT_URLCONF="shop.urls",
    ALLOWED_HOSTS=["shop.example.com"],
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)
django.setup()

from django.apps import apps  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from shop import models, services, views  # noqa: E402
from shop.models import Product  # noqa: E402

call_command("migrate", run_syncdb=True, verbosity=0)
Product.objects.create(sku="tea", price_cents=450)

client = Client(SERVER_NAME="shop.example.com")
print(client.get("/products/tea").json())
#> {'sku': 'tea', 'price_cents': 450}
print(client.post("/checkout/quote", {"sku": "tea", "quantity": 3}).json())
#> {'total_cents': 1350}

# The same behaviour, but a checkout change now touches three packages, each of
# which also holds every other feature's code.
for layer in (models, services, views):
    modules = [module.name for module in pkgutil.iter_modules(layer.__path__)]
    print(layer.__name__, modules)
    #> shop.models ['catalog', 'checkout']
    #> shop.services ['catalog', 'checkout']
    #> shop.views ['catalog', 'checkout']
# One app label and one migration history for every feature's tables: no feature
# can move to another team or service without the others.
print([model._meta.db_table for model in apps.get_models()])
#> ['shop_product', 'shop_quote']
