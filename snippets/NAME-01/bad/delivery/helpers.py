"""Helper functions for deliveries."""  # [NAME-01]

from dataclasses import dataclass, replace
from enum import StrEnum


class DeliveryStatus(StrEnum):
    PACKED = "packed"
    DISPATCHED = "dispatched"


@dataclass(frozen=True)
class Delivery:
    id: int
    status: DeliveryStatus

    def can_be_dispatched(self) -> bool:
        return self.status is DeliveryStatus.PACKED

    def dispatch(self) -> "Delivery":
        return replace(self, status=DeliveryStatus.DISPATCHED)
