"""Web start-up only connects; `manage.py migrate` is a release step of its own."""

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["shop"],
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
    ROOT_URLCONF=__name__,
)
django.setup()  # what wsgi.py runs as each web process starts: no schema change

from django.core.management import call_command  # noqa: E402
from django.db import IntegrityError  # noqa: E402
from django.http import HttpRequest, JsonResponse  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402
from shop.models import Order  # noqa: E402


def count_orders() -> int:
    return Order.objects.count()


def order_count(_request: HttpRequest) -> JsonResponse:
    return JsonResponse({"count": count_orders()})


urlpatterns = [path("orders/count", order_count)]

# The database as the previous release left it, with a duplicate order reference.
call_command("migrate", "shop", "0001", verbosity=0)
Order.objects.bulk_create([Order(ref="A-1"), Order(ref="A-1")])

# The release's migrate step (`python manage.py migrate --noinput` in a one-off job)
# fails once, with an exit code, before any web process of the new release starts.
try:
    call_command("migrate", interactive=False, verbosity=0)
except IntegrityError as error:
    print(f"migrate exited with 1: {error}")
    #> migrate exited with 1: UNIQUE constraint failed: new__shop_order.ref

# The web processes neither wait for that step nor repeat it: they serve.
print(Client().get("/orders/count").json())
#> {'count': 2}
