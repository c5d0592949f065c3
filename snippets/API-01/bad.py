from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient


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


def create_app(service: StockService) -> FastAPI:
    app = FastAPI()

    def get_service() -> StockService:
        return service

    @app.post("/stock/restock")
    def restock(
        body: dict[str, Any],  # [API-01, TYPE-02]
        stock: Annotated[StockService, Depends(get_service)],
    ) -> dict[str, Any]:  # [API-01, TYPE-02]
        item = stock.restock(body["sku"], body["quantity"])
        if item is None:
            raise HTTPException(status_code=404, detail="unknown sku")
        return asdict(item)  # [API-01]

    return app


def test_restock_validates_and_shapes() -> None:
    service = StockService([StockItem("MUG-001", on_hand=20, cost_cents=310)])
    client = TestClient(create_app(service))
    ok = client.post("/stock/restock", json={"sku": "MUG-001", "quantity": 5})
    # The supplier price goes to every client that calls the endpoint.
    print(ok.status_code, ok.json())
    #> 200 {'sku': 'MUG-001', 'on_hand': 25, 'cost_cents': 310}
    typo = client.post("/stock/restock", json={"sku": "MUG-001", "quantity": -500})
    # A sign error is accepted, and the shop now has minus 475 mugs.
    print(typo.status_code, typo.json())
    #> 200 {'sku': 'MUG-001', 'on_hand': -475, 'cost_cents': 310}


test_restock_validates_and_shapes()
