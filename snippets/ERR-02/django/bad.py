from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.db import DatabaseError, connection, models  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework.decorators import api_view  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402


class Payout(models.Model):
    iban = models.CharField(max_length=34)
    cents = models.IntegerField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


def payout_cents(payout_id: int) -> int:
    return Payout.objects.get(pk=payout_id).cents


@api_view(["GET"])
def read_payout(_request: Request, payout_id: int) -> Response:
    try:
        cents = payout_cents(payout_id)
    except DatabaseError as error:  # [ERR-02]
        # The database's message goes to whoever sent the request.
        return Response({"detail": str(error)}, status=500)
    return Response({"id": payout_id, "cents": cents})


urlpatterns = [path("payouts/<int:payout_id>", read_payout)]

# The deploy forgot the migration that adds the `iban` column.
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE shop_payout (id integer PRIMARY KEY, cents integer)")

response = APIClient().get("/payouts/7")
# Any caller now learns the table's name, and that it holds bank details.
print(response.status_code, response.json())
#> 500 {'detail': 'no such column: shop_payout.iban'}
