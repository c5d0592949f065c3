from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException, Query, status
from fastapi.testclient import TestClient
from pydantic import BaseModel

MAX_PAGE_SIZE = 100


@dataclass(frozen=True)
class Actor:
    user_id: int
    is_admin: bool


@dataclass(frozen=True)
class Invoice:
    id: int
    owner_id: int
    total_cents: int


class InvoiceResponse(BaseModel):
    id: int
    total_cents: int


def map_domain_to_response(invoice: Invoice) -> InvoiceResponse:
    return InvoiceResponse(id=invoice.id, total_cents=invoice.total_cents)


SESSIONS = {"t-ada": Actor(1, is_admin=False), "t-root": Actor(9, is_admin=True)}
INVOICES = {10: Invoice(10, owner_id=1, total_cents=4_200), 11: Invoice(11, 2, 900)}


def current_actor(authorization: Annotated[str, Header()] = "") -> Actor:
    actor = SESSIONS.get(authorization.removeprefix("Bearer "))
    if actor is None:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "sign in first")
    return actor


app = FastAPI()


@app.get("/invoices/{invoice_id}")
def get_invoice(
    invoice_id: int,
    _actor: Annotated[Actor, Depends(current_actor)],
) -> InvoiceResponse:
    invoice = INVOICES.get(invoice_id)  # signed in, but whose invoice?  # [SEC-03]
    if invoice is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return map_domain_to_response(invoice)


@app.get("/admin/invoices")  # "only the admin UI links here"  # [SEC-03]
def list_all_invoices(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
    after: Annotated[int, Query(ge=0)] = 0,
) -> list[InvoiceResponse]:
    page = [invoice for invoice in INVOICES.values() if invoice.id > after][:limit]
    return [map_domain_to_response(invoice) for invoice in page]


client = TestClient(app)
ada = {"Authorization": "Bearer t-ada"}
# Ada changes the number in the URL and reads another customer's invoice.
print(client.get("/invoices/11", headers=ada).json())
#> {'id': 11, 'total_cents': 900}
# Anyone on the internet lists every invoice.
print(len(client.get("/admin/invoices").json()))
#> 2
