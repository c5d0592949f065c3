from errors import NOT_FOUND, not_found
from fastapi import APIRouter
from fastapi.responses import JSONResponse

from catalog.schemas import ProductResponse
from catalog.service import find_product

router = APIRouter(prefix="/products", tags=["catalog"])


@router.get("/{sku}", response_model=ProductResponse, responses=NOT_FOUND)
def get_product(sku: str) -> ProductResponse | JSONResponse:
    product = find_product(sku)
    if product is None:
        return not_found("product_not_found", f"No product {sku!r}.")
    return ProductResponse(sku=product.sku, price_cents=product.price_cents)
