"""Delivery handlers."""  # [NAME-01]

from typing import assert_never

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from delivery.helpers import Delivery, DeliveryNotFound, NotDispatchable
from delivery.manager import DeliveryService
from delivery.models import DeliveryResponse, ErrorBody, ErrorEnvelope


def error_response(status: int, code: str, message: str) -> JSONResponse:
    envelope = ErrorEnvelope(error=ErrorBody(code=code, message=message))
    return JSONResponse(envelope.model_dump(), status_code=status)


def create_router(service: DeliveryService) -> APIRouter:
    router = APIRouter(prefix="/deliveries", tags=["delivery"])

    @router.post(
        "/{delivery_id}/dispatch",
        response_model=DeliveryResponse,
        responses={404: {"model": ErrorEnvelope}, 409: {"model": ErrorEnvelope}},
    )
    def dispatch_delivery(delivery_id: int) -> DeliveryResponse | JSONResponse:
        result = service.dispatch_delivery(delivery_id)
        match result:
            case Delivery(id=dispatched_id, status=status):
                return DeliveryResponse(id=dispatched_id, status=status)
            case DeliveryNotFound():
                return error_response(404, "delivery_not_found", "No such delivery.")
            case NotDispatchable(status=status):
                return error_response(409, "not_dispatchable", f"It is {status}.")
            case _:
                assert_never(result)

    return router
