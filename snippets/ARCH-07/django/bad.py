from dataclasses import dataclass

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django.contrib.contenttypes", "django.contrib.auth"],
    ROOT_URLCONF=__name__,
)
django.setup()

from django.http import HttpRequest  # noqa: E402
from django.urls import path  # noqa: E402
from rest_framework.authentication import BaseAuthentication  # noqa: E402
from rest_framework.request import Request  # noqa: E402
from rest_framework.response import Response  # noqa: E402
from rest_framework.test import APIClient  # noqa: E402
from rest_framework.views import APIView  # noqa: E402


@dataclass(frozen=True)
class User:
    """The auth layer's user object, which DRF puts on `request.user`."""

    id: str
    is_staff: bool


@dataclass
class Document:
    owner_id: str
    archived_by: str | None = None


class DocumentService:
    def __init__(self, documents: dict[int, Document]) -> None:
        self.documents = documents

    def archive_document(self, request: Request, document_id: int) -> bool:  # [ARCH-07]
        user = request.user
        document = self.documents[document_id]
        if not user.is_staff and document.owner_id != user.id:
            return False
        document.archived_by = user.id
        return True


documents = DocumentService({1: Document("ada"), 2: Document("bob")})
sessions = {"s-ada": User("ada", is_staff=False)}


class SessionHeader(BaseAuthentication):
    def authenticate(self, request: Request) -> tuple[User, None] | None:
        user = sessions.get(request.headers.get("X-Session", ""))
        return None if user is None else (user, None)


class ArchiveDocument(APIView):
    authentication_classes = (SessionHeader,)

    def post(self, request: Request, document_id: int) -> Response:
        if not documents.archive_document(request, document_id):  # [ARCH-07]
            return Response({"detail": "not your document"}, 403)
        return Response(status=204)


def nightly_retention(document_id: int) -> None:
    # The core only accepts a request, so the job fakes one and borrows a staff login.
    request = Request(HttpRequest())
    request.user = User("grace", is_staff=True)
    documents.archive_document(request, document_id)


urlpatterns = [path("documents/<int:document_id>/archive", ArchiveDocument.as_view())]

client = APIClient(headers={"X-Session": "s-ada"})
own, other = client.post("/documents/1/archive"), client.post("/documents/2/archive")
print(own.status_code, other.status_code)
#> 204 403
nightly_retention(2)
# The audit trail says Grace archived Bob's document in the middle of the night.
print({key: doc.archived_by for key, doc in documents.documents.items()})
#> {1: 'ada', 2: 'grace'}
