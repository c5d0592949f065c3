from dataclasses import dataclass

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel


class PaymentGatewayError(Exception):
    """Infrastructure failure: the card gateway did not answer."""


@dataclass(frozen=True)
class Charged:
    amount_cents: int


@dataclass(frozen=True)
class CardDeclined:  # an expected outcome, returned as a value (decision C5)
    reason: str


def charge(card: str, amount_cents: int) -> Charged | CardDeclined:
    if card == "gateway-down":
        raise PaymentGatewayError("no answer from the gateway within 3 s")
    if amount_cents > 50_000:
        return CardDeclined("over the card limit")
    return Charged(amount_cents)


app = FastAPI()


@app.exception_handler(PaymentGatewayError)
def gateway_unavailable(_request: Request, _error: PaymentGatewayError) -> JSONResponse:
    return JSONResponse({"detail": "payments are unavailable, retry later"}, 503)


class PaymentRequest(BaseModel):
    card: str
    amount_cents: int


class PaymentResponse(BaseModel):
    charged_cents: int


@app.post("/payments")
def pay(payment: PaymentRequest) -> PaymentResponse:
    match charge(payment.card, payment.amount_cents):
        case CardDeclined(reason=reason):
            raise HTTPException(status_code=402, detail=reason)
        case Charged(amount_cents=amount_cents):
            return PaymentResponse(charged_cents=amount_cents)


# The suffix separates what is raised (`...Error`) from what is returned.
client = TestClient(app)
for card in ("visa", "gateway-down"):
    response = client.post("/payments", json={"card": card, "amount_cents": 900})
    print(response.status_code, response.json())
    #> 200 {'charged_cents': 900}
    #> 503 {'detail': 'payments are unavailable, retry later'}
