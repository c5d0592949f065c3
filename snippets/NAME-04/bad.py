from dataclasses import dataclass

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel


class PaymentGatewayDown(Exception):  # [NAME-04]
    """Infrastructure failure: the card gateway did not answer."""


@dataclass(frozen=True)
class Charged:
    amount_cents: int


@dataclass(frozen=True)
class CardDeclined:
    reason: str


def charge(card: str, amount_cents: int) -> Charged | CardDeclined:
    if card == "gateway-down":
        raise PaymentGatewayDown("no answer from the gateway within 3 s")
    if amount_cents > 50_000:
        return CardDeclined("over the card limit")
    return Charged(amount_cents)


app = FastAPI()


@app.exception_handler(PaymentGatewayDown)
def gateway_unavailable(_request: Request, _error: PaymentGatewayDown) -> JSONResponse:
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


# `CardDeclined` is returned and `PaymentGatewayDown` is raised, but nothing in the
# names says so: both read like outcomes, and both look like things to `except`.
client = TestClient(app)
for card in ("visa", "gateway-down"):
    response = client.post("/payments", json={"card": card, "amount_cents": 900})
    print(response.status_code, response.json())
    #> 200 {'charged_cents': 900}
    #> 503 {'detail': 'payments are unavailable, retry later'}
