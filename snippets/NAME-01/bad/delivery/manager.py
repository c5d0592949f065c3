"""Delivery manager."""  # [NAME-01]

from delivery.helpers import Delivery, DeliveryNotFound, NotDispatchable
from delivery.utils import InMemoryDeliveryRepository

DispatchResult = Delivery | DeliveryNotFound | NotDispatchable


class DeliveryService:
    def __init__(self, repository: InMemoryDeliveryRepository) -> None:
        self._repository = repository

    def dispatch_delivery(self, delivery_id: int) -> DispatchResult:
        delivery = self._repository.find_by_id(delivery_id)
        if delivery is None:
            return DeliveryNotFound(delivery_id)
        refusal = delivery.validate_can_be_dispatched()
        if refusal is not None:
            return refusal
        dispatched = delivery.dispatch()
        self._repository.save(dispatched)
        return dispatched
