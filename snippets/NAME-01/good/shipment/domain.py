"""Shipment entities and the rules they obey; no I/O."""

from dataclasses import dataclass, replace
from enum import StrEnum


class ShipmentStatus(StrEnum):
    PACKED = "packed"
    DISPATCHED = "dispatched"


@dataclass(frozen=True)
class ShipmentNotFound:
    shipment_id: int


@dataclass(frozen=True)
class NotDispatchable:
    status: ShipmentStatus


@dataclass(frozen=True)
class Shipment:
    id: int
    status: ShipmentStatus

    def validate_can_be_dispatched(self) -> NotDispatchable | None:
        if self.status is not ShipmentStatus.PACKED:
            return NotDispatchable(self.status)
        return None

    def dispatch(self) -> "Shipment":
        return replace(self, status=ShipmentStatus.DISPATCHED)
