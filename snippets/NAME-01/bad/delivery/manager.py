"""Delivery manager."""  # [NAME-01]

from delivery.helpers import Delivery
from delivery.utils import InMemoryDeliveryRepository


class DeliveryService:
    def __init__(self, repository: InMemoryDeliveryRepository) -> None:
        self._repository = repository

    def dispatch_delivery(self, delivery_id: int) -> Delivery | None:
        delivery = self._repository.find_by_id(delivery_id)
        if delivery is None or not delivery.can_be_dispatched():
            return None
        dispatched = delivery.dispatch()
        self._repository.save(dispatched)
        return dispatched
