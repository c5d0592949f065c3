from dataclasses import dataclass
from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
    REST_FRAMEWORK={"TEST_REQUEST_DEFAULT_FORMAT": "json"},
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework import serializers  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


class Account(models.Model):
    email = models.EmailField(unique=True)
    display_name = models.CharField(max_length=50)
    is_admin = models.BooleanField(default=False)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "accounts"


@dataclass(frozen=True)
class CreateAccountCommand:
    """Internal: what the core needs to open an account, whoever asks."""

    email: str
    display_name: str


@dataclass(frozen=True)
class UpdateAccountCommand:
    display_name: str | None = None


class AccountService:
    def create_account(self, command: CreateAccountCommand) -> Account:
        return Account.objects.create(
            email=command.email, display_name=command.display_name
        )

    def update_account(
        self, account_id: int, command: UpdateAccountCommand
    ) -> Account | None:
        account = Account.objects.filter(pk=account_id).first()
        if account is not None and command.display_name is not None:
            account.display_name = command.display_name
            account.save(update_fields=["display_name"])
        return account


class CreateAccountRequestSerializer(serializers.Serializer[None]):
    email = serializers.EmailField()
    display_name = serializers.CharField(max_length=50)


class UpdateAccountRequestSerializer(serializers.Serializer[None]):
    display_name = serializers.CharField(max_length=50, required=False)


class AccountResponseSerializer(serializers.ModelSerializer[Account]):
    class Meta:
        model = Account
        fields = ("id", "display_name")


class AccountListView(APIView):
    def post(self, request: Request) -> Response:
        body = CreateAccountRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        command = CreateAccountCommand(**body.validated_data)
        account = AccountService().create_account(command)
        return Response(AccountResponseSerializer(account).data, status=201)


class AccountDetailView(APIView):
    def patch(self, request: Request, account_id: int) -> Response:
        body = UpdateAccountRequestSerializer(data=request.data)
        body.is_valid(raise_exception=True)
        command = UpdateAccountCommand(**body.validated_data)
        account = AccountService().update_account(account_id, command)
        if account is None:
            missing = {"code": "account_not_found", "message": "No such account."}
            return Response({"error": {**missing, "details": {}}}, status=404)
        return Response(AccountResponseSerializer(account).data)


urlpatterns = [
    path("accounts", AccountListView.as_view()),
    path("accounts/<int:account_id>", AccountDetailView.as_view()),
]


def test_clients_cannot_set_what_they_do_not_own() -> None:
    with connection.schema_editor() as editor:
        editor.create_model(Account)
    client = APIClient()
    payload = {"email": "eve@example.org", "display_name": "Eve", "is_admin": True}
    created = client.post("/accounts", payload)
    print(created.status_code, created.json(), Account.objects.get().is_admin)
    #> 201 {'id': 1, 'display_name': 'Eve'} False
    print(client.patch("/accounts/1", {"display_name": "Eve A."}).json())
    #> {'id': 1, 'display_name': 'Eve A.'}
    print(client.patch("/accounts/9", {"display_name": "Bob"}).status_code)
    #> 404


test_clients_cannot_set_what_they_do_not_own()
