from dataclasses import dataclass
from typing import assert_never

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field


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


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, str] = Field(default_factory=dict)


class ErrorEnvelope(BaseModel):
    error: ErrorBody


def error_response(status: int, code: str, message: str) -> JSONResponse:
    envelope = ErrorEnvelope(error=ErrorBody(code=code, message=message))
    return JSONResponse(envelope.model_dump(), status_code=status)


app = FastAPI()


@app.exception_handler(PaymentGatewayDown)
def gateway_unavailable(_request: Request, _error: PaymentGatewayDown) -> JSONResponse:
    return error_response(503, "payments_unavailable", "Retry later.")


class PaymentRequest(BaseModel):
    card: str
    amount_cents: int


class PaymentResponse(BaseModel):
    charged_cents: int


@app.post(
    "/payments",
    response_model=PaymentResponse,
    responses={402: {"model": ErrorEnvelope}, 503: {"model": ErrorEnvelope}},
)
def pay(payment: PaymentRequest) -> PaymentResponse | JSONResponse:
    result = charge(payment.card, payment.amount_cents)
    match result:
        case Charged(amount_cents=amount_cents):
            return PaymentResponse(charged_cents=amount_cents)
        case CardDeclined(reason=reason):
            return error_response(402, "card_declined", reason)
        case _:
            assert_never(result)


# `CardDeclined` is returned and `PaymentGatewayDown` is raised, but nothing in the
# names says so: both read like outcomes, and both look like things to `except`.
client = TestClient(app)
for card, cents in [("visa", 900), ("visa", 90_000), ("gateway-down", 900)]:
    response = client.post("/payments", json={"card": card, "amount_cents": cents})
    body = response.json()
    print(response.status_code, body["error"]["code"] if "error" in body else body)
    #> 200 {'charged_cents': 900}
    #> 402 card_declined
    #> 503 payments_unavailable
