from pydantic import BaseModel, Field


class QuoteRequest(BaseModel):
    sku: str
    quantity: int = Field(ge=1)


class QuoteResponse(BaseModel):
    total_cents: int
