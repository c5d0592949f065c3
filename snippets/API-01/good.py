from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field


@dataclass
class StockItem:
    sku: str
    on_hand: int
    cost_cents: int  # internal: what the shop pays the supplier


class StockService:
    def __init__(self, items: list[StockItem]) -> None:
        self.items = {item.sku: item for item in items}

    def restock(self, sku: str, quantity: int) -> StockItem | None:
        item = self.items.get(sku)
        if item is not None:
            item.on_hand += quantity
        return item


class RestockRequest(BaseModel):
    """Everything the client may send, and the limits on it."""

    sku: str = Field(pattern=r"^[A-Z]{3}-\d{3}$")
    quantity: int = Field(gt=0, le=10_000)


class StockResponse(BaseModel):
    """Everything the client may see, and nothing else."""

    sku: str
    on_hand: int


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, str] = Field(default_factory=dict)


class ErrorEnvelope(BaseModel):
    """The declared error model: every error body is built from it."""

    error: ErrorBody


def create_app(service: StockService) -> FastAPI:
    app = FastAPI()

    @app.exception_handler(RequestValidationError)
    async def invalid_request(
        _request: Request, error: RequestValidationError
    ) -> JSONResponse:
        """Validation errors use the same envelope as every other error (ERR-03)."""
        fields = {str(e["loc"][-1]): str(e["msg"]) for e in error.errors()}
        body = ErrorBody(code="invalid", message="Invalid input.", details=fields)
        return JSONResponse(ErrorEnvelope(error=body).model_dump(), status_code=422)

    def get_service() -> StockService:
        return service

    @app.post(
        "/stock/restock",
        response_model=StockResponse,
        responses={404: {"model": ErrorEnvelope}, 422: {"model": ErrorEnvelope}},
    )
    def restock(
        body: RestockRequest, stock: Annotated[StockService, Depends(get_service)]
    ) -> StockResponse | JSONResponse:
        item = stock.restock(body.sku, body.quantity)
        if item is None:
            unknown = ErrorBody(code="unknown_sku", message=f"No item {body.sku}.")
            return JSONResponse(
                ErrorEnvelope(error=unknown).model_dump(), status_code=404
            )
        return StockResponse(sku=item.sku, on_hand=item.on_hand)

    return app


def test_restock_validates_and_shapes() -> None:
    service = StockService([StockItem("MUG-001", on_hand=20, cost_cents=310)])
    client = TestClient(create_app(service))
    ok = client.post("/stock/restock", json={"sku": "MUG-001", "quantity": 5})
    print(ok.status_code, ok.json())
    #> 200 {'sku': 'MUG-001', 'on_hand': 25}
    typo = client.post("/stock/restock", json={"sku": "MUG-001", "quantity": -500})
    print(typo.status_code, typo.json()["error"]["details"])
    #> 422 {'quantity': 'Input should be greater than 0'}
    print(service.items["MUG-001"].on_hand)
    #> 25
    unknown = client.post("/stock/restock", json={"sku": "CUP-404", "quantity": 1})
    print(unknown.status_code, unknown.json()["error"]["code"])
    #> 404 unknown_sku


test_restock_validates_and_shapes()
