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
from django.urls import path  # noqa: E402
from rest_framework import serializers  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


class Customer(models.Model):
    name = models.CharField(max_length=50)
    email = models.EmailField()
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "crm"


class CustomerService:
    def find_emails(self, name: str, sort: str, limit: int) -> list[str]:
        found = Customer.objects.raw(
            f"SELECT * FROM crm_customer WHERE name = '{name}'"  # [DATA-07]
            f" ORDER BY {sort} LIMIT {limit}"
        )
        return [customer.email for customer in found]


class FindEmailsRequestSerializer(serializers.Serializer[None]):
    name = serializers.CharField(max_length=50)
    sort = serializers.CharField(default="id")
    limit = serializers.IntegerField(min_value=1, max_value=100, default=20)


class CustomerEmailsView(APIView):
    def get(self, request: Request) -> Response:
        query = FindEmailsRequestSerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        return Response(CustomerService().find_emails(**query.validated_data))


urlpatterns = [path("customers/emails", CustomerEmailsView.as_view())]

with connection.schema_editor() as editor:
    editor.create_model(Customer)
Customer.objects.create(name="ada", email="ada@example.test")
Customer.objects.create(name="bob", email="bob@example.test")

client = APIClient()
print(client.get("/customers/emails", {"name": "ada"}).json())
#> ['ada@example.test']
# A crafted name rewrites the WHERE clause: every customer's email comes back.
print(client.get("/customers/emails", {"name": "x' OR '1'='1"}).json())
#> ['ada@example.test', 'bob@example.test']
