from pydantic import BaseModel


class ProductResponse(BaseModel):
    sku: str
    price_cents: int
