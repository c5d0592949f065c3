from fastapi import APIRouter, HTTPException
from schemas.catalog import ProductResponse
from services.catalog import find_product

router = APIRouter(prefix="/products", tags=["catalog"])


@router.get("/{sku}")
def get_product(sku: str) -> ProductResponse:
    product = find_product(sku)
    if product is None:
        raise HTTPException(status_code=404, detail="no such product")
    return ProductResponse(sku=product.sku, price_cents=product.price_cents)
