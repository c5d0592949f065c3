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


class AuditEvent(models.Model):
    action = models.CharField(max_length=20)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "audit"


class AuditEventService:
    def list_audit_events(self) -> models.QuerySet[AuditEvent]:
        return AuditEvent.objects.order_by("id")


class AuditEventResponseSerializer(serializers.ModelSerializer[AuditEvent]):
    class Meta:
        model = AuditEvent
        fields = ("id", "action")


class AuditEventListView(APIView):
    def get(self, _request: Request) -> Response:
        events = AuditEventService().list_audit_events()
        body = AuditEventResponseSerializer(events, many=True).data  # [API-05]
        return Response(body)


urlpatterns = [path("audit-events", AuditEventListView.as_view())]


def test_every_page_is_bounded() -> None:
    with connection.schema_editor() as editor:
        editor.create_model(AuditEvent)
    AuditEvent.objects.bulk_create(AuditEvent(action="login") for _ in range(1_000))
    response = APIClient().get("/audit-events")
    # Every call loads, serializes and sends the whole table, and it only grows.
    print(len(response.json()), "events in", len(response.content), "bytes")
    #> 1000 events in 27894 bytes


test_every_page_is_bounded()
