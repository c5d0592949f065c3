from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
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


def create_app(service: StockService) -> FastAPI:
    app = FastAPI()

    def get_service() -> StockService:
        return service

    @app.post("/stock/restock")
    def restock(
        body: RestockRequest, stock: Annotated[StockService, Depends(get_service)]
    ) -> StockResponse:
        item = stock.restock(body.sku, body.quantity)
        if item is None:
            raise HTTPException(status_code=404, detail="unknown sku")
        return StockResponse(sku=item.sku, on_hand=item.on_hand)

    return app


def test_restock_validates_and_shapes() -> None:
    service = StockService([StockItem("MUG-001", on_hand=20, cost_cents=310)])
    client = TestClient(create_app(service))
    ok = client.post("/stock/restock", json={"sku": "MUG-001", "quantity": 5})
    print(ok.status_code, ok.json())
    #> 200 {'sku': 'MUG-001', 'on_hand': 25}
    typo = client.post("/stock/restock", json={"sku": "MUG-001", "quantity": -500})
    print(typo.status_code, typo.json()["detail"][0]["msg"])
    #> 422 Input should be greater than 0
    print(service.items["MUG-001"].on_hand)
    #> 25


test_restock_validates_and_shapes()
