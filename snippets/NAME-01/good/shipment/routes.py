"""HTTP routes: parse, call the service, shape the response."""

from typing import assert_never

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from shipment.domain import NotDispatchable, Shipment, ShipmentNotFound
from shipment.schemas import ErrorBody, ErrorEnvelope, ShipmentResponse
from shipment.service import ShipmentService


def error_response(status: int, code: str, message: str) -> JSONResponse:
    envelope = ErrorEnvelope(error=ErrorBody(code=code, message=message))
    return JSONResponse(envelope.model_dump(), status_code=status)


def create_router(service: ShipmentService) -> APIRouter:
    router = APIRouter(prefix="/shipments", tags=["shipment"])

    @router.post(
        "/{shipment_id}/dispatch",
        response_model=ShipmentResponse,
        responses={404: {"model": ErrorEnvelope}, 409: {"model": ErrorEnvelope}},
    )
    def dispatch_shipment(shipment_id: int) -> ShipmentResponse | JSONResponse:
        result = service.dispatch_shipment(shipment_id)
        match result:
            case Shipment(id=dispatched_id, status=status):
                return ShipmentResponse(id=dispatched_id, status=status)
            case ShipmentNotFound():
                return error_response(404, "shipment_not_found", "No such shipment.")
            case NotDispatchable(status=status):
                return error_response(409, "not_dispatchable", f"It is {status}.")
            case _:
                assert_never(result)

    return router
