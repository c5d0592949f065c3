"""Shipment entities and the rules they obey; no I/O."""

from dataclasses import dataclass, replace
from enum import StrEnum


class ShipmentStatus(StrEnum):
    PACKED = "packed"
    DISPATCHED = "dispatched"


@dataclass(frozen=True)
class Shipment:
    id: int
    status: ShipmentStatus

    def can_be_dispatched(self) -> bool:
        return self.status is ShipmentStatus.PACKED

    def dispatch(self) -> "Shipment":
        return replace(self, status=ShipmentStatus.DISPATCHED)
