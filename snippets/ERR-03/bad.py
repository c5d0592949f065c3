from fastapi import FastAPI, HTTPException
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field

app = FastAPI()
stock = {"mug": 3}


class OrderRequest(BaseModel):
    sku: str
    quantity: int = Field(gt=0)


@app.post("/orders", status_code=201)
def place_order(order: OrderRequest) -> dict[str, str]:
    available = stock.get(order.sku, 0)
    if order.quantity > available:
        raise HTTPException(409, f"Only {available} left.")  # [ERR-03]
    stock[order.sku] = available - order.quantity
    return {"sku": order.sku}


@app.get("/products/{sku}")
def read_product(sku: str) -> JSONResponse:
    if sku not in stock:
        return JSONResponse({"error": "unknown sku", "sku": sku}, 404)  # [ERR-03]
    return JSONResponse({"sku": sku, "available": stock[sku]})


client = TestClient(app)
responses = [
    client.post("/orders", json={"sku": "mug", "quantity": 0}),
    client.post("/orders", json={"sku": "mug", "quantity": 5}),
    client.get("/products/teapot"),
]
# Three errors, three shapes: "detail" is a list, then a string, then it is gone.
for response in responses:
    body = response.json()
    print(response.status_code, list(body), type(body.get("detail")).__name__)
    #> 422 ['detail'] list
    #> 409 ['detail'] str
    #> 404 ['error', 'sku'] NoneType
