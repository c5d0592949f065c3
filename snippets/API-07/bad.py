from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel


@dataclass
class Product:
    id: int
    name: str
    price_cents: int


class ProductService:
    def __init__(self, products: list[Product]) -> None:
        self.products = {product.id: product for product in products}

    def find_by_id(self, product_id: int) -> Product | None:
        return self.products.get(product_id)


class ProductResponse(BaseModel):
    id: int
    name: str
    price_cents: int


def create_app(service: ProductService) -> FastAPI:
    app = FastAPI()

    def get_service() -> ProductService:
        return service

    @app.get("/products/{product_id}")
    def get_product(
        product_id: int, products: Annotated[ProductService, Depends(get_service)]
    ) -> ProductResponse:
        product = products.find_by_id(product_id)
        if product is None:
            raise HTTPException(status_code=404, detail="product not found")
        # No validator, so every poll rebuilds and resends the same body.
        return ProductResponse(  # [API-07]
            id=product.id, name=product.name, price_cents=product.price_cents
        )

    return app


def test_unchanged_product_is_not_sent_again() -> None:
    service = ProductService([Product(1, "Tea mug", 1_200)])
    client = TestClient(create_app(service))
    statuses, body_bytes, etag = [], 0, ""
    for poll in range(4):  # a shop page polling for price changes
        if poll == 2:
            service.products[1].price_cents = 1_100
        response = client.get("/products/1", headers={"If-None-Match": etag})
        statuses.append(response.status_code)
        body_bytes += len(response.content)
        etag = response.headers.get("ETag", "")
    # Four polls, four full bodies, although the price changed only once.
    print(statuses, body_bytes, "bytes of body")
    #> [200, 200, 200, 200] 176 bytes of body


test_unchanged_product_is_not_sent_again()
