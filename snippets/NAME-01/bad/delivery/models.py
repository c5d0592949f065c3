"""Delivery models."""

from pydantic import BaseModel


class DeliveryResponse(BaseModel):  # [NAME-01]
    id: int
    status: str
