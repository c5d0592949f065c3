from typing import Annotated

from fastapi import Depends, FastAPI, HTTPException
from fastapi.testclient import TestClient
from pydantic import BaseModel


def redeem(balances: dict[str, int], code: str, cents: int) -> int:
    """The core decides status codes, and the signature hides both failures."""
    if code not in balances:
        raise HTTPException(404, f"No gift card {code}.")  # [ERR-01]
    if balances[code] < cents:
        raise HTTPException(409, "Balance too low.")  # [ERR-01]
    balances[code] -= cents
    return balances[code]


class RedeemRequest(BaseModel):
    cents: int


app = FastAPI()
gift_cards = {"GC-1": 2_000, "GC-2": 500}


def get_balances() -> dict[str, int]:
    return gift_cards


@app.post("/cards/{code}/redemptions")
def redeem_card(
    code: str,
    body: RedeemRequest,
    balances: Annotated[dict[str, int], Depends(get_balances)],
) -> dict[str, int]:
    return {"balance_cents": redeem(balances, code, body.cents)}


client = TestClient(app)
print(client.post("/cards/GC-9/redemptions", json={"cents": 100}).status_code)
#> 404

# The nightly job reads `-> int` and trusts it; the first unknown card ends the run
# with a web exception, and GC-2 is never charged.
try:
    for code in ["GC-9", "GC-2"]:
        redeem(gift_cards, code, 100)
except HTTPException as error:
    print(f"job stopped: {error!r}")
    #> job stopped: HTTPException(status_code=404, detail='No gift card GC-9.')
print(gift_cards["GC-2"])
#> 500
