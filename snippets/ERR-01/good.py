from dataclasses import dataclass
from typing import Annotated, assert_never

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field


@dataclass(frozen=True)
class Redeemed:
    balance_cents: int


@dataclass(frozen=True)
class CardNotFound:
    code: str


@dataclass(frozen=True)
class InsufficientBalance:
    balance_cents: int


RedeemResult = Redeemed | CardNotFound | InsufficientBalance


def redeem(balances: dict[str, int], code: str, cents: int) -> RedeemResult:
    """The core: no HTTP in here, and every expected outcome is in the return type."""
    if code not in balances:
        return CardNotFound(code)
    if balances[code] < cents:
        return InsufficientBalance(balances[code])
    balances[code] -= cents
    return Redeemed(balances[code])


class RedeemRequest(BaseModel):
    cents: int = Field(gt=0)


class BalanceResponse(BaseModel):
    balance_cents: int


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, int] = Field(default_factory=dict)


class ErrorEnvelope(BaseModel):
    """The declared error model: in the OpenAPI schema and the source of every body."""

    error: ErrorBody


def error_response(status: int, error: ErrorBody) -> JSONResponse:
    return JSONResponse(ErrorEnvelope(error=error).model_dump(), status_code=status)


app = FastAPI()
gift_cards = {"GC-1": 2_000, "GC-2": 500}


def get_balances() -> dict[str, int]:
    return gift_cards


@app.post(
    "/cards/{code}/redemptions",
    response_model=BalanceResponse,
    responses={404: {"model": ErrorEnvelope}, 409: {"model": ErrorEnvelope}},
)
def redeem_card(
    code: str,
    body: RedeemRequest,
    balances: Annotated[dict[str, int], Depends(get_balances)],
) -> BalanceResponse | JSONResponse:
    """The boundary: the only place that knows about status codes."""
    result = redeem(balances, code, body.cents)
    match result:
        case Redeemed(balance_cents=left):
            return BalanceResponse(balance_cents=left)
        case CardNotFound():
            missing = ErrorBody(code="card_not_found", message=f"No gift card {code}.")
            return error_response(404, missing)
        case InsufficientBalance(balance_cents=left):
            too_low = ErrorBody(
                code="insufficient_balance",
                message="Balance too low.",
                details={"balance_cents": left},
            )
            return error_response(409, too_low)
        case _:
            assert_never(result)  # mypy fails here if an outcome is not handled


client = TestClient(app)
redeemed = client.post("/cards/GC-1/redemptions", json={"cents": 500})
print(redeemed.status_code, redeemed.json())
#> 200 {'balance_cents': 1500}
for code, cents in [("GC-1", 5_000), ("GC-9", 100)]:
    failed = client.post(f"/cards/{code}/redemptions", json={"cents": cents})
    error = failed.json()["error"]
    print(failed.status_code, error["code"], error["details"])
    #> 409 insufficient_balance {'balance_cents': 1500}
    #> 404 card_not_found {}

# The error model is declared per status code, so clients find it in the schema.
declared = app.openapi()["paths"]["/cards/{code}/redemptions"]["post"]["responses"]
for status in ["404", "409"]:
    schema = declared[status]["content"]["application/json"]["schema"]
    print(status, schema["$ref"].rsplit("/", 1)[-1])
    #> 404 ErrorEnvelope
    #> 409 ErrorEnvelope

# A nightly job reuses the same core and handles each outcome without any HTTP.
outcomes = [redeem(gift_cards, code, 100) for code in ["GC-9", "GC-2"]]
print([type(outcome).__name__ for outcome in outcomes], gift_cards["GC-2"])
#> ['CardNotFound', 'Redeemed'] 400
