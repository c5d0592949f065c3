# Generated from contract.toml by `task codegen`. DO NOT EDIT.
from pydantic import BaseModel


class PaymentResponse(BaseModel):
    payment_id: str
    order_id: int
    amount_cents: int
    currency: str = "EUR"  # [PROC-06]
