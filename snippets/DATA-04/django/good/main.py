"""Forward and rollback evidence: migrate, migrate back, migrate forward again."""

import io

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["shop"],
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)
django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from shop.models import Refund  # noqa: E402


def migrate(*target: str) -> str:
    """Run `manage.py migrate`; return the migrations it applied or undid."""
    out = io.StringIO()
    call_command("migrate", *target, stdout=out, no_color=True)
    lines = (line.strip() for line in out.getvalue().splitlines())
    return "\n".join(line for line in lines if line.endswith("... OK"))


def flags() -> list[tuple[int, bool]]:
    """Orders as the previous release stores them (constant SQL: its model is gone)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, refunded FROM shop_order ORDER BY id")
        return [(order_id, bool(refunded)) for order_id, refunded in cursor.fetchall()]


print(migrate("shop", "0001"))  # the previous release, with its orders
#> Applying shop.0001_initial... OK
with connection.cursor() as cursor:
    cursor.execute(
        "INSERT INTO shop_order (total_cents, refunded) VALUES (1200, 1), (800, 0)"
    )
print(migrate())  # this release
#> Applying shop.0002_refunds... OK
print(list(Refund.objects.values_list("order_id", "amount_cents")))
#> [(1, 1200)]
print(migrate("shop", "0001"))  # the rollback a failed release needs
#> Unapplying shop.0002_refunds... OK
# The refunds table is gone and the flags are back, data included.
print("shop_refund" in connection.introspection.table_names(), flags())
#> False [(1, True), (2, False)]
print(migrate())  # and forward again, after the fix
#> Applying shop.0002_refunds... OK
print(list(Refund.objects.values_list("order_id", "amount_cents")))
#> [(1, 1200)]
