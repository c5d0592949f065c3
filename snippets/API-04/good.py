from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel


class OrderService:
    def __init__(self, orders: dict[int, dict[int, str]]) -> None:
        self.orders = orders  # order id -> {item id -> sku}

    def list_items(self, order_id: int) -> dict[int, str] | None:
        return self.orders.get(order_id)

    def create_item(self, order_id: int, sku: str) -> int | None:
        items = self.orders.get(order_id)
        if items is None:
            return None
        item_id = max(items, default=0) + 1
        items[item_id] = sku
        return item_id

    def delete_item(self, order_id: int, item_id: int) -> bool:
        return self.orders.get(order_id, {}).pop(item_id, None) is not None


class CreateItemRequest(BaseModel):
    sku: str


class ItemResponse(BaseModel):
    id: int
    sku: str


def create_app(service: OrderService) -> FastAPI:
    app = FastAPI()

    def get_service() -> OrderService:
        return service

    @app.get("/orders/{order_id}/items")
    def list_items(
        order_id: int, orders: Annotated[OrderService, Depends(get_service)]
    ) -> list[ItemResponse]:
        items = orders.list_items(order_id)
        if items is None:
            raise HTTPException(status_code=404, detail="order not found")
        return [ItemResponse(id=key, sku=sku) for key, sku in items.items()]

    @app.post("/orders/{order_id}/items", status_code=201)
    def create_item(
        order_id: int,
        body: CreateItemRequest,
        orders: Annotated[OrderService, Depends(get_service)],
    ) -> ItemResponse:
        item_id = orders.create_item(order_id, body.sku)
        if item_id is None:
            raise HTTPException(status_code=404, detail="order not found")
        return ItemResponse(id=item_id, sku=body.sku)

    @app.delete("/orders/{order_id}/items/{item_id}", status_code=204)
    def delete_item(
        order_id: int,
        item_id: int,
        orders: Annotated[OrderService, Depends(get_service)],
    ) -> None:
        if not orders.delete_item(order_id, item_id):
            raise HTTPException(status_code=404, detail="item not found")

    return app


def test_items_follow_http_semantics() -> None:
    client = TestClient(create_app(OrderService({7: {1: "MUG-001"}})))
    added = client.post("/orders/7/items", json={"sku": "TEA-002"})
    print(added.status_code, added.json())
    #> 201 {'id': 2, 'sku': 'TEA-002'}
    print(client.delete("/orders/7/items/1").status_code)
    #> 204
    print(client.get("/orders/7/items").json())
    #> [{'id': 2, 'sku': 'TEA-002'}]
    print(client.get("/orders/8/items").status_code)
    #> 404


test_items_follow_http_semantics()
