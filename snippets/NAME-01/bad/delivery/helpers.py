"""Helper functions for deliveries."""  # [NAME-01]

from dataclasses import dataclass, replace
from enum import StrEnum


class DeliveryStatus(StrEnum):
    PACKED = "packed"
    DISPATCHED = "dispatched"


@dataclass(frozen=True)
class DeliveryNotFound:
    delivery_id: int


@dataclass(frozen=True)
class NotDispatchable:
    status: DeliveryStatus


@dataclass(frozen=True)
class Delivery:
    id: int
    status: DeliveryStatus

    def validate_can_be_dispatched(self) -> NotDispatchable | None:
        if self.status is not DeliveryStatus.PACKED:
            return NotDispatchable(self.status)
        return None

    def dispatch(self) -> "Delivery":
        return replace(self, status=DeliveryStatus.DISPATCHED)
