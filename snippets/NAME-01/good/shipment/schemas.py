"""The HTTP contract of the shipment feature."""

from pydantic import BaseModel


class ShipmentResponse(BaseModel):
    id: int
    status: str
