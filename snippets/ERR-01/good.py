from dataclasses import dataclass
from typing import Annotated, assert_never

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel


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
    cents: int


app = FastAPI()
gift_cards = {"GC-1": 2_000, "GC-2": 500}


def get_balances() -> dict[str, int]:
    return gift_cards


def error_response(
    status: int, code: str, message: str, **details: int
) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "details": details}}
    return JSONResponse(body, status_code=status)


@app.post("/cards/{code}/redemptions")
def redeem_card(
    code: str,
    body: RedeemRequest,
    balances: Annotated[dict[str, int], Depends(get_balances)],
) -> JSONResponse:
    """The boundary: the only place that knows about status codes."""
    result = redeem(balances, code, body.cents)
    match result:
        case Redeemed(balance_cents=left):
            return JSONResponse({"balance_cents": left})
        case CardNotFound():
            return error_response(404, "card_not_found", f"No gift card {code}.")
        case InsufficientBalance(balance_cents=left):
            return error_response(
                409, "insufficient_balance", "Balance too low.", balance_cents=left
            )
        case _:
            assert_never(result)  # mypy fails here if an outcome is not handled


client = TestClient(app)
redeemed = client.post("/cards/GC-1/redemptions", json={"cents": 500})
print(redeemed.status_code, redeemed.json())
#> 200 {'balance_cents': 1500}
for code, cents in [("GC-1", 5_000), ("GC-9", 100)]:
    failed = client.post(f"/cards/{code}/redemptions", json={"cents": cents})
    print(failed.status_code, failed.json()["error"]["code"])
    #> 409 insufficient_balance
    #> 404 card_not_found

# A nightly job reuses the same core and handles each outcome without any HTTP.
outcomes = [redeem(gift_cards, code, 100) for code in ["GC-9", "GC-2"]]
print([type(outcome).__name__ for outcome in outcomes], gift_cards["GC-2"])
#> ['CardNotFound', 'Redeemed'] 400
