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
    # DRF lets everyone in unless told otherwise: a view that forgets its
    # permissions must fail closed, not open.
    REST_FRAMEWORK={
        "DEFAULT_AUTHENTICATION_CLASSES": [
            "rest_framework.authentication.SessionAuthentication"
        ],
        "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    },
)
django.setup()

from django.contrib.auth.models import AnonymousUser, User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, models  # noqa: E402
from django.test import Client  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework import serializers  # noqa: E402
from rest_framework.decorators import api_view, permission_classes  # noqa: E402
from rest_framework.exceptions import NotAuthenticated  # noqa: E402
from rest_framework.permissions import IsAdminUser  # noqa: E402
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


def find_invoice(actor: Actor, invoice_id: int) -> Invoice | None:
    """The core decides ownership; a stranger's invoice looks like a missing one."""
    invoices = Invoice.objects.filter(pk=invoice_id)
    if not actor.is_admin:
        invoices = invoices.filter(owner_id=actor.user_id)
    return invoices.first()


def list_invoices(after: int, limit: int) -> list[Invoice]:
    return list(Invoice.objects.filter(pk__gt=after).order_by("pk")[:limit])


def pay_invoice(actor: Actor, invoice_id: int) -> bool:
    invoice = find_invoice(actor, invoice_id)
    if invoice is None:
        return False
    invoice.paid = True
    invoice.save(update_fields=["paid"])
    return True


@api_view(["GET"])
def get_invoice(request: Request, invoice_id: int) -> Response:
    invoice = find_invoice(map_user_to_actor(request.user), invoice_id)
    if invoice is None:
        return Response(status=404)
    return Response(map_domain_to_response(invoice))


@api_view(["POST"])
def pay_invoice_view(request: Request, invoice_id: int) -> Response:
    paid = pay_invoice(map_user_to_actor(request.user), invoice_id)
    return Response(status=204 if paid else 404)


@api_view(["GET"])
@permission_classes([IsAdminUser])
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
root = User.objects.create(username="root", is_staff=True)
Invoice.objects.create(id=10, owner=ada, total_cents=4_200)
Invoice.objects.create(id=11, owner=grace, total_cents=900)

client = Client(SERVER_NAME="shop.example.com")
print(client.get("/invoices/10").status_code)
#> 403
client.force_login(ada)
print(client.get("/invoices/10").json())
#> {'id': 10, 'total_cents': 4200}
print(client.get("/invoices/11").status_code)
#> 404
print(client.get("/admin/invoices").status_code)
#> 403
client.force_login(root)
print(len(client.get("/admin/invoices").json()))
#> 2
# A page on another site posts with Ada's session cookie, but has no CSRF token.
browser = Client(SERVER_NAME="shop.example.com", enforce_csrf_checks=True)
browser.force_login(ada)
forged = browser.post("/invoices/10/payment")
print(forged.status_code, forged.json()["detail"])
#> 403 CSRF Failed: CSRF cookie not set.
