from dataclasses import dataclass
from typing import ClassVar, Self, TypedDict

import django
from django.conf import settings
from django.core.management.utils import get_random_secret_key

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=[
        "django.contrib.auth",
        "django.contrib.contenttypes",
        "django.contrib.sessions",
        "rest_framework",
    ],
    MIDDLEWARE=[
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
    ],
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["shop.example.com"],
    SECRET_KEY=get_random_secret_key(),
    DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
)
django.setup()

from django.contrib.auth.models import AnonymousUser, User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework import serializers  # noqa: E402
from rest_framework.authentication import SessionAuthentication  # noqa: E402
from rest_framework.decorators import (  # noqa: E402
    api_view,
    authentication_classes,
    permission_classes,
)
from rest_framework.exceptions import NotAuthenticated  # noqa: E402
from rest_framework.permissions import IsAuthenticated  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402

MAX_PAGE_SIZE = 100


class Invoice(models.Model):
    owner = models.ForeignKey(User, on_delete=models.PROTECT)
    total_cents = models.PositiveIntegerField()
    paid = models.BooleanField(default=False)

    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "billing"


@dataclass(frozen=True)
class Actor:
    user_id: int
    is_admin: bool


class InvoiceResponse(TypedDict):
    id: int
    total_cents: int


def map_domain_to_response(invoice: Invoice) -> InvoiceResponse:
    return {"id": invoice.pk, "total_cents": invoice.total_cents}


def map_user_to_actor(user: User | AnonymousUser) -> Actor:
    if not isinstance(user, User):  # IsAuthenticated has refused them already
        raise NotAuthenticated
    return Actor(user_id=user.pk, is_admin=user.is_staff)


class PageQuery(serializers.Serializer[None]):
    after = serializers.IntegerField(min_value=0, default=0)
    limit = serializers.IntegerField(min_value=1, max_value=MAX_PAGE_SIZE, default=50)


def find_invoice(invoice_id: int) -> Invoice | None:
    return Invoice.objects.filter(pk=invoice_id).first()


def find_own_invoice(actor: Actor, invoice_id: int) -> Invoice | None:
    invoices = Invoice.objects.filter(pk=invoice_id)
    if not actor.is_admin:
        invoices = invoices.filter(owner_id=actor.user_id)
    return invoices.first()


def list_invoices(after: int, limit: int) -> list[Invoice]:
    return list(Invoice.objects.filter(pk__gt=after).order_by("pk")[:limit])


def pay_invoice(actor: Actor, invoice_id: int) -> bool:
    invoice = find_own_invoice(actor, invoice_id)
    if invoice is None:
        return False
    invoice.paid = True
    invoice.save(update_fields=["paid"])
    return True


class CsrfExemptSessionAuthentication(SessionAuthentication):
    def enforce_csrf(self, request: Request) -> None:
        """The front-end team could not get the token to work."""


@api_view(["GET"])
@permission_classes([IsAuthenticated])
def get_invoice(_request: Request, invoice_id: int) -> Response:
    invoice = find_invoice(invoice_id)  # signed in, but whose invoice?  # [SEC-03]
    if invoice is None:
        return Response(status=404)
    return Response(map_domain_to_response(invoice))


@api_view(["POST"])
@authentication_classes([CsrfExemptSessionAuthentication])  # [SEC-03]
@permission_classes([IsAuthenticated])
def pay_invoice_view(request: Request, invoice_id: int) -> Response:
    paid = pay_invoice(map_user_to_actor(request.user), invoice_id)
    return Response(status=204 if paid else 404)


@api_view(["GET"])  # "only the admin UI links here"  # [SEC-03]
def list_all_invoices(request: Request) -> Response:
    page = PageQuery(data=request.query_params)
    page.is_valid(raise_exception=True)
    invoices = list_invoices(page.validated_data["after"], page.validated_data["limit"])
    return Response([map_domain_to_response(invoice) for invoice in invoices])


urlpatterns = [
    path("invoices/<int:invoice_id>", get_invoice),
    path("invoices/<int:invoice_id>/payment", pay_invoice_view),
    path("admin/invoices", list_all_invoices),
]

call_command("migrate", verbosity=0)
with connection.schema_editor() as editor:
    editor.create_model(Invoice)
ada = User.objects.create(username="ada")
grace = User.objects.create(username="grace")
Invoice.objects.create(id=10, owner=ada, total_cents=4_200)
Invoice.objects.create(id=11, owner=grace, total_cents=900)

client = Client(SERVER_NAME="shop.example.com")
client.force_login(ada)
# Ada changes the number in the URL and reads another customer's invoice.
print(client.get("/invoices/11").json())
#> {'id': 11, 'total_cents': 900}
# Anyone on the internet lists every invoice.
print(len(Client(SERVER_NAME="shop.example.com").get("/admin/invoices").json()))
#> 2
# A page on another site posts with Ada's session cookie and no CSRF token: paid.
browser = Client(SERVER_NAME="shop.example.com", enforce_csrf_checks=True)
browser.force_login(ada)
print(browser.post("/invoices/10/payment").status_code)
#> 204
