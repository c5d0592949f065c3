from errors import NOT_FOUND, not_found
from fastapi import APIRouter
from fastapi.responses import JSONResponse

from checkout.schemas import QuoteRequest, QuoteResponse
from checkout.service import quote_total_cents

router = APIRouter(prefix="/checkout", tags=["checkout"])


@router.post("/quote", response_model=QuoteResponse, responses=NOT_FOUND)
def create_quote(request: QuoteRequest) -> QuoteResponse | JSONResponse:
    total_cents = quote_total_cents(request.sku, request.quantity)
    if total_cents is None:
        return not_found("product_not_found", f"No product {request.sku!r}.")
    return QuoteResponse(total_cents=total_cents)
