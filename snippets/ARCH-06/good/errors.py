"""The error envelope every feature's routes send and declare; no business rules."""

from fastapi.responses import JSONResponse
from pydantic import BaseModel


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorEnvelope(BaseModel):
    error: ErrorBody


NOT_FOUND: dict[int | str, dict[str, object]] = {404: {"model": ErrorEnvelope}}


def not_found(code: str, message: str) -> JSONResponse:
    envelope = ErrorEnvelope(error=ErrorBody(code=code, message=message))
    return JSONResponse(envelope.model_dump(), status_code=404)
