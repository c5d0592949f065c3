from typing import Annotated

from fastapi import Depends, FastAPI
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


class OrderRef(BaseModel):
    order_id: int


def create_app(service: OrderService) -> FastAPI:
    app = FastAPI()

    def get_service() -> OrderService:
        return service

    @app.post("/getOrderItems")  # [API-04]
    def get_order_items(
        body: OrderRef, orders: Annotated[OrderService, Depends(get_service)]
    ) -> dict[str, object]:  # [API-01]
        items = orders.list_items(body.order_id)
        if items is None:
            return {"error": "order not found"}  # [API-04]
        return {"items": [{"id": key, "sku": sku} for key, sku in items.items()]}

    @app.post("/addOrderItem")  # [API-04]
    def add_order_item(
        order_id: int, sku: str, orders: Annotated[OrderService, Depends(get_service)]
    ) -> dict[str, object]:  # [API-01]
        return {"ok": True, "id": orders.create_item(order_id, sku)}

    @app.get("/deleteOrderItem")  # [API-04]
    def delete_order_item(
        order_id: int,
        item_id: int,
        orders: Annotated[OrderService, Depends(get_service)],
    ) -> dict[str, bool]:
        return {"ok": orders.delete_item(order_id, item_id)}

    return app


def test_items_follow_http_semantics() -> None:
    client = TestClient(create_app(OrderService({7: {1: "MUG-001"}})))
    added = client.post("/addOrderItem", params={"order_id": 8, "sku": "TEA-002"})
    # No order 8, yet the client is told it worked.
    print(added.status_code, added.json())
    #> 200 {'ok': True, 'id': None}
    # A link preview or a prefetching proxy only "looks at" a GET link...
    client.get("/deleteOrderItem", params={"order_id": 7, "item_id": 1})
    # ...and the item is gone.
    print(client.post("/getOrderItems", json={"order_id": 7}).json())
    #> {'items': []}
    # Errors arrive as 200: retries, caches and monitoring all see a success.
    missing = client.post("/getOrderItems", json={"order_id": 8})
    print(missing.status_code, missing.json())
    #> 200 {'error': 'order not found'}


test_items_follow_http_semantics()
