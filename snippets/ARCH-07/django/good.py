from dataclasses import dataclass

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.urls import path  # noqa: E402
from rest_framework.authentication import BaseAuthentication  # noqa: E402
from rest_framework.exceptions import NotAuthenticated  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


@dataclass(frozen=True)
class Actor:
    """Who is acting, in the core's own terms: no request, session or token."""

    id: str
    is_staff: bool


@dataclass
class Document:
    owner_id: str
    archived_by: str | None = None


class DocumentService:
    def __init__(self, documents: dict[int, Document]) -> None:
        self.documents = documents

    def archive_document(self, actor: Actor, document_id: int) -> bool:
        document = self.documents[document_id]
        if not actor.is_staff and document.owner_id != actor.id:
            return False
        document.archived_by = actor.id
        return True


RETENTION_JOB = Actor(id="system:retention", is_staff=True)
documents = DocumentService({1: Document("ada"), 2: Document("bob")})
sessions = {"s-ada": Actor("ada", is_staff=False)}


class SessionHeader(BaseAuthentication):
    """The edge: the web session becomes a typed actor, here and nowhere else."""

    def authenticate(self, request: Request) -> tuple[Actor, None] | None:
        actor = sessions.get(request.headers.get("X-Session", ""))
        return None if actor is None else (actor, None)


class ArchiveDocument(APIView):
    authentication_classes = (SessionHeader,)

    def post(self, request: Request, document_id: int) -> Response:
        if not isinstance(actor := request.user, Actor):
            raise NotAuthenticated
        if not documents.archive_document(actor, document_id):
            error = {"code": "forbidden", "message": "Not your document."}
            return Response({"error": {**error, "details": {}}}, 403)
        return Response(status=204)


def nightly_retention(document_id: int) -> None:
    """A worker is another adapter: it acts as itself, with no request to fake."""
    documents.archive_document(RETENTION_JOB, document_id)


urlpatterns = [path("documents/<int:document_id>/archive", ArchiveDocument.as_view())]

client = APIClient(headers={"X-Session": "s-ada"})
own, other = client.post("/documents/1/archive"), client.post("/documents/2/archive")
print(own.status_code, other.status_code, other.json()["error"]["code"])
#> 204 403 forbidden
nightly_retention(2)
print({key: doc.archived_by for key, doc in documents.documents.items()})
#> {1: 'ada', 2: 'system:retention'}
