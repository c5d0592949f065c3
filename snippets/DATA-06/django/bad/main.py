"""Every web process migrates the database as it starts."""

import warnings

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["shop"],
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)

from django.apps import apps  # noqa: E402
from django.db import IntegrityError, connection  # noqa: E402

# The database as the previous release left it (0001 applied), with a duplicate
# order reference in it. Constant SQL: nothing may touch the ORM before start-up.
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE shop_order (id integer PRIMARY KEY, ref varchar(20))")
    cursor.execute("INSERT INTO shop_order (ref) VALUES ('A-1'), ('A-1')")
    cursor.execute(
        "CREATE TABLE django_migrations (id integer PRIMARY KEY, app varchar(255),"
        " name varchar(255), applied datetime)"
    )
    cursor.execute(
        "INSERT INTO django_migrations (app, name, applied)"
        " VALUES ('shop', '0001_initial', '2025-06-01')"
    )

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        django.setup()  # what wsgi.py runs as each web process starts
    except IntegrityError as error:
        print(f"start: {error}")
        #> start: UNIQUE constraint failed: new__shop_order.ref
# The process never gets to serve. The orchestrator restarts it, and every restart,
# worker and replica runs the same migration into the same error.
print("ready to serve:", apps.ready)
#> ready to serve: False
# Django itself warns about queries in AppConfig.ready().
print(str(caught[0].message).split(".")[0])
#> Accessing the database during app initialization is discouraged
