"""Delivery handlers."""  # [NAME-01]

from fastapi import APIRouter, HTTPException

from delivery.manager import DeliveryService
from delivery.models import DeliveryResponse


def create_router(service: DeliveryService) -> APIRouter:
    router = APIRouter(prefix="/deliveries", tags=["delivery"])

    @router.post("/{delivery_id}/dispatch")
    def dispatch_delivery(delivery_id: int) -> DeliveryResponse:
        delivery = service.dispatch_delivery(delivery_id)
        if delivery is None:
            raise HTTPException(status_code=409, detail="cannot be dispatched")
        return DeliveryResponse(id=delivery.id, status=delivery.status)

    return router
