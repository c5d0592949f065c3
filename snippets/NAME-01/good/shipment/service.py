"""Shipment use cases: one method per business operation."""

from shipment.domain import Shipment
from shipment.repository import InMemoryShipmentRepository


class ShipmentService:
    def __init__(self, repository: InMemoryShipmentRepository) -> None:
        self._repository = repository

    def dispatch_shipment(self, shipment_id: int) -> Shipment | None:
        shipment = self._repository.find_by_id(shipment_id)
        if shipment is None or not shipment.can_be_dispatched():
            return None
        dispatched = shipment.dispatch()
        self._repository.save(dispatched)
        return dispatched
