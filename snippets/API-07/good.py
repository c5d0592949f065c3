import hashlib
import re
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Header, Response
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field

ENTITY_TAG = re.compile(r'(?:W/)?"[^"]*"')


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


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, str] = Field(default_factory=dict)


class ErrorEnvelope(BaseModel):
    error: ErrorBody


def none_match(if_none_match: str | None, etag: str) -> bool:
    """False when the client's copy is current (RFC 9110, section 13.1.2).

    `*` matches any current representation; otherwise the header is a list of tags,
    compared weakly: `W/"x"` and `"x"` are the same version for this purpose.
    """
    if if_none_match is None:
        return True
    if if_none_match.strip() == "*":
        return False
    held = {tag.removeprefix("W/") for tag in ENTITY_TAG.findall(if_none_match)}
    return etag.removeprefix("W/") not in held


def create_app(service: ProductService) -> FastAPI:
    app = FastAPI()

    def get_service() -> ProductService:
        return service

    @app.get(
        "/products/{product_id}",
        responses={200: {"model": ProductResponse}, 404: {"model": ErrorEnvelope}},
    )
    def get_product(
        product_id: int,
        products: Annotated[ProductService, Depends(get_service)],
        if_none_match: Annotated[str | None, Header()] = None,
    ) -> Response:
        product = products.find_by_id(product_id)
        if product is None:
            missing = ErrorBody(code="product_not_found", message="No such product.")
            envelope = ErrorEnvelope(error=missing)
            return JSONResponse(envelope.model_dump(), status_code=404)
        model = ProductResponse(
            id=product.id, name=product.name, price_cents=product.price_cents
        )
        body = model.model_dump_json().encode()
        # A strong validator: it changes exactly when the representation changes.
        etag = f'"{hashlib.sha256(body).hexdigest()[:16]}"'
        headers = {"ETag": etag, "Cache-Control": "no-cache"}
        if not none_match(if_none_match, etag):
            return Response(status_code=304, headers=headers)
        return Response(body, media_type="application/json", headers=headers)

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
    print(statuses, body_bytes, "bytes of body")
    #> [200, 304, 200, 304] 88 bytes of body


def test_if_none_match_takes_lists_weak_tags_and_star() -> None:
    client = TestClient(create_app(ProductService([Product(1, "Tea mug", 1_200)])))
    etag = client.get("/products/1").headers["ETag"]
    # A cache holding two versions, one of them marked weak by a proxy, and "*".
    for held in [f'"old", W/{etag}', "*", '"old", W/"older"']:
        response = client.get("/products/1", headers={"If-None-Match": held})
        print(response.status_code, len(response.content))
        #> 304 0
        #> 304 0
        #> 200 44


test_unchanged_product_is_not_sent_again()
test_if_none_match_takes_lists_weak_tags_and_star()
