from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
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


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorEnvelope(BaseModel):
    error: ErrorBody


NOT_FOUND: dict[int | str, dict[str, object]] = {404: {"model": ErrorEnvelope}}


def not_found(code: str, message: str) -> JSONResponse:
    envelope = ErrorEnvelope(error=ErrorBody(code=code, message=message))
    return JSONResponse(envelope.model_dump(), status_code=404)


def create_app(service: OrderService) -> FastAPI:
    app = FastAPI()

    def get_service() -> OrderService:
        return service

    @app.get(
        "/orders/{order_id}/items",
        response_model=list[ItemResponse],
        responses=NOT_FOUND,
    )
    def list_items(
        order_id: int, orders: Annotated[OrderService, Depends(get_service)]
    ) -> list[ItemResponse] | JSONResponse:
        items = orders.list_items(order_id)
        if items is None:
            return not_found("order_not_found", f"No order {order_id}.")
        return [ItemResponse(id=key, sku=sku) for key, sku in items.items()]

    @app.post(
        "/orders/{order_id}/items",
        status_code=201,
        response_model=ItemResponse,
        responses=NOT_FOUND,
    )
    def create_item(
        order_id: int,
        body: CreateItemRequest,
        orders: Annotated[OrderService, Depends(get_service)],
    ) -> ItemResponse | JSONResponse:
        item_id = orders.create_item(order_id, body.sku)
        if item_id is None:
            return not_found("order_not_found", f"No order {order_id}.")
        return ItemResponse(id=item_id, sku=body.sku)

    @app.delete(
        "/orders/{order_id}/items/{item_id}",
        status_code=204,
        response_model=None,
        responses=NOT_FOUND,
    )
    def delete_item(
        order_id: int,
        item_id: int,
        orders: Annotated[OrderService, Depends(get_service)],
    ) -> JSONResponse | None:
        if not orders.delete_item(order_id, item_id):
            return not_found("item_not_found", f"No item {item_id}.")
        return None

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
    missing = client.get("/orders/8/items")
    print(missing.status_code, missing.json()["error"]["code"])
    #> 404 order_not_found


test_items_follow_http_semantics()
