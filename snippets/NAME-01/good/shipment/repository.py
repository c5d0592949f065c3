"""Where shipments are stored; this one keeps them in memory."""

from shipment.domain import Shipment


class InMemoryShipmentRepository:
    def __init__(self, shipments: list[Shipment]) -> None:
        self._shipments = {shipment.id: shipment for shipment in shipments}

    def find_by_id(self, shipment_id: int) -> Shipment | None:
        return self._shipments.get(shipment_id)

    def save(self, shipment: Shipment) -> None:
        self._shipments[shipment.id] = shipment
