from typing import ClassVar, Self

import django
from django.conf import settings

settings.configure(
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["testserver"],
)
django.setup()

from django.db import connection, models  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework import generics, serializers  # noqa: E402
from rest_framework.pagination import CursorPagination  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402


class AuditEvent(models.Model):
    action = models.CharField(max_length=20)
    objects: ClassVar[models.Manager[Self]] = models.Manager()

    class Meta:
        app_label = "audit"


class AuditEventService:
    def list_audit_events(self) -> models.QuerySet[AuditEvent]:
        """Lazy: the paginator adds the keyset filter and the LIMIT."""
        return AuditEvent.objects.all()


class AuditEventPagination(CursorPagination):
    """Keyset pagination on the primary key; the server caps the page size."""

    ordering = "id"
    page_size = 50
    page_size_query_param = "limit"
    max_page_size = 100


class AuditEventResponseSerializer(serializers.ModelSerializer[AuditEvent]):
    class Meta:
        model = AuditEvent
        fields = ("id", "action")


class AuditEventListView(generics.ListAPIView[AuditEvent]):
    serializer_class = AuditEventResponseSerializer
    pagination_class = AuditEventPagination

    def get_queryset(self) -> models.QuerySet[AuditEvent]:
        return AuditEventService().list_audit_events()


urlpatterns = [path("audit-events", AuditEventListView.as_view())]


def test_every_page_is_bounded() -> None:
    with connection.schema_editor() as editor:
        editor.create_model(AuditEvent)
    AuditEvent.objects.bulk_create(AuditEvent(action="login") for _ in range(1_000))
    client = APIClient()
    sizes, url = [], "/audit-events?limit=100"
    while url:
        page = client.get(url).json()
        sizes.append(len(page["results"]))
        url = page["next"]
    print(len(sizes), "pages, largest:", max(sizes), "| total:", sum(sizes))
    #> 10 pages, largest: 100 | total: 1000
    # DRF caps an oversized page instead of rejecting it.
    print(len(client.get("/audit-events", {"limit": 5_000}).json()["results"]))
    #> 100


test_every_page_is_bounded()
