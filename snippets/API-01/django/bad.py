from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.forms.models import model_to_dict  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


class StockItem(models.Model):
    sku = models.CharField(max_length=7, unique=True)
    on_hand = models.IntegerField()
    cost_cents = models.IntegerField()  # internal: what the shop pays the supplier
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "shop"


class StockService:
    def restock(self, sku: str, quantity: int) -> StockItem | None:
        item = StockItem.objects.filter(sku=sku).first()
        if item is not None:
            item.on_hand += quantity
            item.save(update_fields=["on_hand"])
        return item


class RestockView(APIView):
    def post(self, request: Request) -> Response:
        sku = request.data["sku"]  # [API-01]
        quantity = int(request.data["quantity"])  # [API-01]
        item = StockService().restock(sku, quantity)
        if item is None:
            return Response({"detail": "unknown sku"}, status=404)
        return Response(model_to_dict(item))  # [API-01, API-02]


urlpatterns = [path("stock/restock", RestockView.as_view())]


def test_restock_validates_and_shapes() -> None:
    with connection.schema_editor() as editor:
        editor.create_model(StockItem)
    StockItem.objects.create(sku="MUG-001", on_hand=20, cost_cents=310)
    client = APIClient()
    ok = client.post("/stock/restock", {"sku": "MUG-001", "quantity": 5}, format="json")
    # The supplier price goes to every client that calls the endpoint.
    print(ok.status_code, ok.json())
    #> 200 {'id': 1, 'sku': 'MUG-001', 'on_hand': 25, 'cost_cents': 310}
    typo = client.post(
        "/stock/restock", {"sku": "MUG-001", "quantity": -500}, format="json"
    )
    # A sign error is accepted, and the shop now has minus 475 mugs.
    print(typo.status_code, typo.json()["on_hand"])
    #> 200 -475


test_restock_validates_and_shapes()
