from dataclasses import dataclass
from http import HTTPStatus
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel


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


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorEnvelope(BaseModel):
    error: ErrorBody


def error_response(status: int, message: str) -> JSONResponse:
    code = HTTPStatus(status).phrase.lower()
    envelope = ErrorEnvelope(error=ErrorBody(code=code, message=message))
    return JSONResponse(envelope.model_dump(), status_code=status)


def create_app(service: DocumentService, sessions: dict[str, Actor]) -> FastAPI:
    app = FastAPI(responses={401: {"model": ErrorEnvelope}})

    @app.exception_handler(HTTPException)
    async def http_error(_request: Request, error: HTTPException) -> JSONResponse:
        return error_response(error.status_code, str(error.detail))

    def get_actor(x_session: Annotated[str, Header()]) -> Actor:
        """The edge: the web session becomes a typed actor, here and nowhere else."""
        actor = sessions.get(x_session)
        if actor is None:
            raise HTTPException(401, "unknown session")
        return actor

    def get_service() -> DocumentService:
        return service

    @app.post(
        "/documents/{document_id}/archive",
        status_code=204,
        response_model=None,
        responses={403: {"model": ErrorEnvelope}},
    )
    def archive_document(
        document_id: int,
        actor: Annotated[Actor, Depends(get_actor)],
        documents: Annotated[DocumentService, Depends(get_service)],
    ) -> JSONResponse | None:
        if not documents.archive_document(actor, document_id):
            return error_response(403, "Not your document.")
        return None

    return app


def nightly_retention(service: DocumentService, document_id: int) -> None:
    """A worker is another adapter: it acts as itself, with no request to fake."""
    service.archive_document(RETENTION_JOB, document_id)


def test_people_and_jobs_archive_as_themselves() -> None:
    service = DocumentService({1: Document("ada"), 2: Document("bob")})
    client = TestClient(create_app(service, {"s-ada": Actor("ada", is_staff=False)}))
    own = client.post("/documents/1/archive", headers={"X-Session": "s-ada"})
    other = client.post("/documents/2/archive", headers={"X-Session": "s-ada"})
    print(own.status_code, other.status_code, other.json()["error"]["code"])
    #> 204 403 forbidden
    print(client.post("/documents/1/archive", headers={"X-Session": "?"}).json())
    #> {'error': {'code': 'unauthorized', 'message': 'unknown session'}}
    nightly_retention(service, 2)
    print({key: doc.archived_by for key, doc in service.documents.items()})
    #> {1: 'ada', 2: 'system:retention'}


test_people_and_jobs_archive_as_themselves()
