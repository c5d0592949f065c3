from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi.testclient import TestClient
from pydantic import BaseModel

MAX_PAGE_SIZE = 100


class OrderResponse(BaseModel):
    id: int
    item: str


@dataclass(frozen=True)
class Order:
    id: int
    item: str


class OrderService:
    def __init__(self) -> None:
        self._orders: dict[int, Order] = {}

    def create_order(self, item: str) -> Order:
        order = Order(len(self._orders) + 1, item)
        self._orders[order.id] = order
        return order

    def find_by_id(self, order_id: int) -> Order | None:
        return self._orders.get(order_id)

    def list_orders(self, after: int, limit: int) -> list[Order]:
        return [order for order in self._orders.values() if order.id > after][:limit]


app = FastAPI()
app.state.orders = OrderService()


def get_order_service(request: Request) -> OrderService:
    service: OrderService = request.app.state.orders
    return service


Orders = Annotated[OrderService, Depends(get_order_service)]


@app.post("/orders", status_code=201)
def create_order(item: str, orders: Orders) -> OrderResponse:
    return OrderResponse(**vars(orders.create_order(item)))


@app.get("/orders/{order_id}")
def get_order(order_id: int, orders: Orders) -> OrderResponse:
    order = orders.find_by_id(order_id)
    if order is None:
        raise HTTPException(status_code=404, detail="order not found")
    return OrderResponse(**vars(order))


@app.get("/orders")
def list_orders(
    orders: Orders,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
    after: Annotated[int, Query(ge=0)] = 0,
) -> list[OrderResponse]:
    page = orders.list_orders(after, limit)
    return [OrderResponse(**vars(order)) for order in page]


# FastAPI turns handler names into the operation summaries (and client method names)
# of the published API, so the verbs are part of the contract.
client = TestClient(app)
print(client.post("/orders", params={"item": "mug"}).json())
#> {'id': 1, 'item': 'mug'}
operations = client.get("/openapi.json").json()["paths"]
print([op["summary"] for path in operations.values() for op in path.values()])
#> ['Create Order', 'List Orders', 'Get Order']
