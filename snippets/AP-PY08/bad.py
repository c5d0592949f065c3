from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI()


def total_with_shipping(subtotal_cents, shipping_cents):  # [AP-PY08]
    return subtotal_cents + shipping_cents


@app.get("/quote")
def quote(subtotal_cents, shipping_cents):  # [AP-PY08]
    return {"total_cents": total_with_shipping(subtotal_cents, shipping_cents)}


# Without annotations FastAPI has no type to parse the query values into, and mypy
# has nothing to check: the strings arrive as they are, and `+` joins them.
client = TestClient(app)
response = client.get("/quote", params={"subtotal_cents": 4500, "shipping_cents": 499})
print(response.status_code, response.json())
#> 200 {'total_cents': '4500499'}
response = client.get("/quote", params={"subtotal_cents": "ten", "shipping_cents": 499})
print(response.status_code, response.json())
#> 200 {'total_cents': 'ten499'}
