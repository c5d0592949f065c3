from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.testclient import TestClient


@dataclass(frozen=True)
class User:
    """The auth layer's user object, stored on the request by a dependency."""

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
        user = request.state.user
        document = self.documents[document_id]
        if not user.is_staff and document.owner_id != user.id:
            return False
        document.archived_by = user.id
        return True


def create_app(service: DocumentService, sessions: dict[str, User]) -> FastAPI:
    app = FastAPI()

    def authenticate(request: Request, x_session: Annotated[str, Header()]) -> None:
        if x_session not in sessions:
            raise HTTPException(401, "unknown session")
        request.state.user = sessions[x_session]

    def get_service() -> DocumentService:
        return service

    @app.post(
        "/documents/{document_id}/archive",
        status_code=204,
        dependencies=[Depends(authenticate)],
    )
    def archive_document(
        document_id: int,
        request: Request,
        documents: Annotated[DocumentService, Depends(get_service)],
    ) -> None:
        if not documents.archive_document(request, document_id):  # [ARCH-07]
            raise HTTPException(403, "not your document")

    return app


def nightly_retention(service: DocumentService, document_id: int) -> None:
    # The core only accepts a request, so the job fakes one and borrows a staff login.
    request = Request({"type": "http", "headers": []})
    request.state.user = User("grace", is_staff=True)
    service.archive_document(request, document_id)


def test_people_and_jobs_archive_as_themselves() -> None:
    service = DocumentService({1: Document("ada"), 2: Document("bob")})
    client = TestClient(create_app(service, {"s-ada": User("ada", is_staff=False)}))
    own = client.post("/documents/1/archive", headers={"X-Session": "s-ada"})
    other = client.post("/documents/2/archive", headers={"X-Session": "s-ada"})
    print(own.status_code, other.status_code)
    #> 204 403
    nightly_retention(service, 2)
    # The audit trail says Grace archived Bob's document in the middle of the night.
    print({key: doc.archived_by for key, doc in service.documents.items()})
    #> {1: 'ada', 2: 'grace'}


test_people_and_jobs_archive_as_themselves()
