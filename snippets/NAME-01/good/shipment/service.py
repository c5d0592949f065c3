"""Shipment use cases: one method per business operation."""

from shipment.domain import NotDispatchable, Shipment, ShipmentNotFound
from shipment.repository import InMemoryShipmentRepository

DispatchResult = Shipment | ShipmentNotFound | NotDispatchable


class ShipmentService:
    def __init__(self, repository: InMemoryShipmentRepository) -> None:
        self._repository = repository

    def dispatch_shipment(self, shipment_id: int) -> DispatchResult:
        shipment = self._repository.find_by_id(shipment_id)
        if shipment is None:
            return ShipmentNotFound(shipment_id)
        refusal = shipment.validate_can_be_dispatched()
        if refusal is not None:
            return refusal
        dispatched = shipment.dispatch()
        self._repository.save(dispatched)
        return dispatched
