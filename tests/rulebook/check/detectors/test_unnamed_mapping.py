"""NAME-07 unnamed-mapping: mappers not named map_*, and response copies in routes."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "unnamed-mapping"

MODELS = """
from dataclasses import dataclass
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()

class CreateProductRequest(BaseModel):
    name: str

class ProductResponse(BaseModel):
    id: int
    name: str

@dataclass
class Product:
    id: int
    name: str
"""


def test_misnamed_mappers_in_both_directions_are_reported() -> None:
    assert_detects(
        NAME,
        MODELS
        + """
def convert(payload: CreateProductRequest) -> "CreateProductCommand":  # [NAME-07]
    return CreateProductCommand(payload.name)

def to_dto(product: Product) -> ProductResponse:  # [NAME-07]
    return ProductResponse(id=product.id, name=product.name)

def serialize_product(product: Product) -> ProductResponse:  # [NAME-07]
    return ProductResponse.model_validate(product, from_attributes=True)

def map_request_to_domain(payload: CreateProductRequest) -> "CreateProductCommand":
    return CreateProductCommand(payload.name)

def map_domain_to_response(product: Product) -> ProductResponse:
    return ProductResponse(id=product.id, name=product.name)
""",
    )


def test_a_to_response_method_on_a_domain_class_is_reported() -> None:
    assert_detects(
        NAME,
        """
        from dataclasses import dataclass
        from schemas import ProductResponse

        @dataclass
        class Product:
            id: int

            def to_response(self) -> ProductResponse:  # [NAME-07]
                return ProductResponse(id=self.id)
        """,
    )


def test_the_same_response_copied_in_two_routes_is_reported_at_each_copy() -> None:
    assert_detects(
        NAME,
        MODELS
        + """
@app.post("/products")
def create_product(payload: CreateProductRequest) -> ProductResponse:
    product = Product(1, payload.name)
    return ProductResponse(id=product.id, name=product.name)  # [NAME-07]

@app.get("/products")
def list_products() -> list[ProductResponse]:
    return [ProductResponse(id=p.id, name=p.name) for p in []]  # [NAME-07]
""",
    )


def test_one_inline_copy_framework_responses_and_other_functions_pass() -> None:
    assert_detects(
        NAME,
        MODELS
        + """
from fastapi.responses import JSONResponse

@app.get("/products/{product_id}")
def get_product(product_id: int) -> ProductResponse:
    product = Product(product_id, "mug")
    return ProductResponse(id=product.id, name=product.name)

@app.get("/health")
def health() -> JSONResponse:
    return JSONResponse({"ok": True})

def render(response: JSONResponse) -> JSONResponse:
    return JSONResponse(response.body)

def price_label(product: Product) -> str:
    return product.name
""",
    )
