"""The HTTP contract of the shipment feature."""

from pydantic import BaseModel, Field


class ShipmentResponse(BaseModel):
    id: int
    status: str


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, str] = Field(default_factory=dict)


class ErrorEnvelope(BaseModel):
    error: ErrorBody
