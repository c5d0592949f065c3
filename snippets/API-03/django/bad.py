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
from rest_framework import serializers, viewsets  # noqa: E402
from rest_framework.routers import DefaultRouter  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402


class Account(models.Model):
    email = models.EmailField(unique=True)
    display_name = models.CharField(max_length=50)
    is_admin = models.BooleanField(default=False)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "accounts"


class AccountSerializer(serializers.ModelSerializer[Account]):
    """One serializer for everything: create, update, response and storage."""

    class Meta:
        model = Account
        fields = "__all__"  # [API-02, API-03]


class AccountViewSet(viewsets.ModelViewSet[Account]):
    queryset = Account.objects.all()
    serializer_class = AccountSerializer  # [API-03]


router = DefaultRouter(trailing_slash=False)
router.register("accounts", AccountViewSet)
urlpatterns = router.urls


def test_clients_cannot_set_what_they_do_not_own() -> None:
    with connection.schema_editor() as editor:
        editor.create_model(Account)
    client = APIClient()
    payload = {"email": "eve@example.org", "display_name": "Eve", "is_admin": True}
    # Every model field is writable, so Eve signs up as an administrator.
    print(client.post("/accounts", payload).json())
    #> {'id': 1, 'email': 'eve@example.org', 'display_name': 'Eve', 'is_admin': True}
    # And any later edit may promote or rename whatever the client sends.
    mallory = {"email": "mallory@example.org", "display_name": "Mallory"}
    client.post("/accounts", mallory)
    print(client.patch("/accounts/2", {"is_admin": True}).json()["is_admin"])
    #> True


test_clients_cannot_set_what_they_do_not_own()
