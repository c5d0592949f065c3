from fastapi import APIRouter, HTTPException

from checkout.schemas import QuoteRequest, QuoteResponse
from checkout.service import quote_total_cents

router = APIRouter(prefix="/checkout", tags=["checkout"])


@router.post("/quote")
def create_quote(request: QuoteRequest) -> QuoteResponse:
    total_cents = quote_total_cents(request.sku, request.quantity)
    if total_cents is None:
        raise HTTPException(status_code=404, detail="no such product")
    return QuoteResponse(total_cents=total_cents)
