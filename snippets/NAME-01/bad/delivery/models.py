"""Delivery models."""  # [NAME-01]

from pydantic import BaseModel


class DeliveryResponse(BaseModel):
    id: int
    status: str
