from typing import Annotated

from fastapi import FastAPI, Query
from fastapi.testclient import TestClient
from pydantic import BaseModel

app = FastAPI()

Cents = Annotated[int, Query(ge=0)]


class QuoteResponse(BaseModel):
    total_cents: int


def total_with_shipping(subtotal_cents: int, shipping_cents: int) -> int:
    return subtotal_cents + shipping_cents


@app.get("/quote")
def quote(subtotal_cents: Cents, shipping_cents: Cents) -> QuoteResponse:
    total = total_with_shipping(subtotal_cents, shipping_cents)
    return QuoteResponse(total_cents=total)


# The annotations drive FastAPI's parsing and validation, and let mypy check callers.
client = TestClient(app)
response = client.get("/quote", params={"subtotal_cents": 4500, "shipping_cents": 499})
print(response.status_code, response.json())
#> 200 {'total_cents': 4999}
response = client.get("/quote", params={"subtotal_cents": "ten", "shipping_cents": 499})
print(response.status_code, response.json()["detail"][0]["msg"])
#> 422 Input should be a valid integer, unable to parse string as an integer
