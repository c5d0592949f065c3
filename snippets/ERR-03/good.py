from dataclasses import dataclass
from http import HTTPStatus
from typing import assert_never

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, object] = Field(default_factory=dict)


class ErrorEnvelope(BaseModel):
    """The one shape of every error this API sends, documented in the OpenAPI schema."""

    error: ErrorBody


def error_response(
    status: int, code: str, message: str, **details: object
) -> JSONResponse:
    body = ErrorBody(code=code, message=message, details=details)
    return JSONResponse(ErrorEnvelope(error=body).model_dump(), status_code=status)


app = FastAPI(responses={404: {"model": ErrorEnvelope}, 422: {"model": ErrorEnvelope}})
stock = {"mug": 3}


@app.exception_handler(RequestValidationError)
async def invalid_request(
    _request: Request, error: RequestValidationError
) -> JSONResponse:
    fields = [".".join(map(str, problem["loc"][1:])) for problem in error.errors()]
    return error_response(422, "invalid_request", "Check the fields.", fields=fields)


@app.exception_handler(HTTPException)
async def http_error(_request: Request, error: HTTPException) -> JSONResponse:
    """Unknown routes and wrong methods get the envelope too."""
    code = HTTPStatus(error.status_code).phrase.lower().replace(" ", "_")
    return error_response(error.status_code, code, str(error.detail))


@dataclass(frozen=True)
class Reserved:
    sku: str
    quantity: int


@dataclass(frozen=True)
class OutOfStock:
    available: int


def reserve(sku: str, quantity: int) -> Reserved | OutOfStock:
    """The core decides; it knows nothing about HTTP or the envelope."""
    available = stock.get(sku, 0)
    if quantity > available:
        return OutOfStock(available)
    stock[sku] = available - quantity
    return Reserved(sku, quantity)


class OrderRequest(BaseModel):
    sku: str
    quantity: int = Field(gt=0)


class OrderResponse(BaseModel):
    sku: str
    quantity: int


@app.post(
    "/orders",
    status_code=201,
    response_model=OrderResponse,
    responses={409: {"model": ErrorEnvelope}},
)
def place_order(order: OrderRequest) -> OrderResponse | JSONResponse:
    result = reserve(order.sku, order.quantity)
    match result:
        case Reserved(sku=sku, quantity=quantity):
            return OrderResponse(sku=sku, quantity=quantity)
        case OutOfStock(available=available):
            message = f"Only {available} left."
            return error_response(409, "out_of_stock", message, available=available)
        case _:
            assert_never(result)


client = TestClient(app)
responses = [
    client.post("/orders", json={"sku": "mug", "quantity": 0}),
    client.post("/orders", json={"sku": "mug", "quantity": 5}),
    client.get("/ordres"),
]
for response in responses:
    error = response.json()["error"]
    print(response.status_code, error["code"], error["details"])
    #> 422 invalid_request {'fields': ['quantity']}
    #> 409 out_of_stock {'available': 3}
    #> 404 not_found {}
