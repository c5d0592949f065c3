"""The migration was only ever run forward; this is its first rollback."""

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
from django.db import OperationalError, connection  # noqa: E402
from django.db.migrations.exceptions import IrreversibleError  # noqa: E402


def migrate(*target: str) -> str:
    """Run `manage.py migrate`; return the migrations it applied or undid."""
    out = io.StringIO()
    call_command("migrate", *target, stdout=out, no_color=True)
    lines = (line.strip() for line in out.getvalue().splitlines())
    return "\n".join(line for line in lines if line.endswith("... OK"))


print(migrate("shop", "0001"))  # the previous release, with its orders
#> Applying shop.0001_initial... OK
with connection.cursor() as cursor:
    cursor.execute(
        "INSERT INTO shop_order (total_cents, refunded) VALUES (1200, 1), (800, 0)"
    )
print(migrate())  # this release
#> Applying shop.0002_refunds... OK

# An incident: roll the release back. Django refuses before it changes anything...
try:
    migrate("shop", "0001")
except IrreversibleError as error:
    print(str(error).split(">> in ")[-1])
    #> shop.0002_refunds is not reversible
# ...so the schema stays as this release left it, and the previous release, which
# reads `shop_order.refunded`, cannot run on it. The team repairs it by hand.
with connection.cursor() as cursor:
    try:
        cursor.execute("SELECT id, refunded FROM shop_order")
    except OperationalError as error:
        print(error)
        #> no such column: refunded
