from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field


class CreateProductRequest(BaseModel):
    name: str
    price: Decimal  # euros, as the admin form sends them: "12.5"


class ProductResponse(BaseModel):
    id: int
    name: str
    price: str  # always two decimals: "12.50"


@dataclass(frozen=True)
class CreateProductCommand:
    name: str
    price_cents: int


@dataclass(frozen=True)
class Product:
    id: int
    name: str
    price_cents: int


class ProductService:
    def __init__(self) -> None:
        self._products: dict[int, Product] = {}

    def create_product(self, command: CreateProductCommand) -> Product:
        product = Product(len(self._products) + 1, command.name, command.price_cents)
        self._products[product.id] = product
        return product

    def find_by_id(self, product_id: int) -> Product | None:
        return self._products.get(product_id)


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, str] = Field(default_factory=dict)


class ErrorEnvelope(BaseModel):
    error: ErrorBody


def convert(payload: CreateProductRequest) -> CreateProductCommand:  # [NAME-07]
    return CreateProductCommand(payload.name.strip(), int(payload.price * 100))


Products = Annotated[ProductService, Depends(cache(ProductService))]
app = FastAPI()


@app.post("/products", status_code=201)
def create_product(payload: CreateProductRequest, svc: Products) -> ProductResponse:
    product = svc.create_product(convert(payload))
    price = f"{product.price_cents / 100:.2f}"
    return ProductResponse(id=product.id, name=product.name, price=price)  # [NAME-07]


@app.get(
    "/products/{product_id}",
    response_model=ProductResponse,
    responses={404: {"model": ErrorEnvelope}},
)
def get_product(product_id: int, svc: Products) -> ProductResponse | JSONResponse:
    product = svc.find_by_id(product_id)
    if product is None:
        missing = ErrorBody(code="product_not_found", message="No such product.")
        return JSONResponse(ErrorEnvelope(error=missing).model_dump(), status_code=404)
    price = str(product.price_cents / 100)
    return ProductResponse(id=product.id, name=product.name, price=price)  # [NAME-07]


# No named mapper, so each endpoint maps on its own, and the copies have drifted:
# the same product costs "12.50" in one response and "12.5" in the other.
client = TestClient(app)
print(client.post("/products", json={"name": " Mug ", "price": "12.5"}).json())
#> {'id': 1, 'name': 'Mug', 'price': '12.50'}
print(client.get("/products/1").json())
#> {'id': 1, 'name': 'Mug', 'price': '12.5'}
