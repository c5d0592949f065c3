"""HTTP routes: parse, call the service, shape the response."""

from fastapi import APIRouter, HTTPException

from shipment.schemas import ShipmentResponse
from shipment.service import ShipmentService


def create_router(service: ShipmentService) -> APIRouter:
    router = APIRouter(prefix="/shipments", tags=["shipment"])

    @router.post("/{shipment_id}/dispatch")
    def dispatch_shipment(shipment_id: int) -> ShipmentResponse:
        shipment = service.dispatch_shipment(shipment_id)
        if shipment is None:
            raise HTTPException(status_code=409, detail="cannot be dispatched")
        return ShipmentResponse(id=shipment.id, status=shipment.status)

    return router
