"""Delivery utilities."""  # [NAME-01]

from delivery.helpers import Delivery


class InMemoryDeliveryRepository:
    def __init__(self, deliveries: list[Delivery]) -> None:
        self._deliveries = {delivery.id: delivery for delivery in deliveries}

    def find_by_id(self, delivery_id: int) -> Delivery | None:
        return self._deliveries.get(delivery_id)

    def save(self, delivery: Delivery) -> None:
        self._deliveries[delivery.id] = delivery
