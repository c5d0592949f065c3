"""Delivery models."""

from pydantic import BaseModel, Field


class DeliveryResponse(BaseModel):  # [NAME-01]
    id: int
    status: str


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, str] = Field(default_factory=dict)


class ErrorEnvelope(BaseModel):
    error: ErrorBody
