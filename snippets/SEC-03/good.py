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


def admin_actor(actor: Annotated[Actor, Depends(current_actor)]) -> Actor:
    if not actor.is_admin:
        raise HTTPException(status.HTTP_403_FORBIDDEN, "admins only")
    return actor


def find_invoice(actor: Actor, invoice_id: int) -> Invoice | None:
    """The core decides ownership; a stranger's invoice looks like a missing one."""
    invoice = INVOICES.get(invoice_id)
    if invoice is None or not (actor.is_admin or invoice.owner_id == actor.user_id):
        return None
    return invoice


app = FastAPI()


@app.get("/invoices/{invoice_id}")
def get_invoice(
    invoice_id: int, actor: Annotated[Actor, Depends(current_actor)]
) -> InvoiceResponse:
    invoice = find_invoice(actor, invoice_id)
    if invoice is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)
    return map_domain_to_response(invoice)


@app.get("/admin/invoices", dependencies=[Depends(admin_actor)])
def list_all_invoices(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE)] = 50,
    after: Annotated[int, Query(ge=0)] = 0,
) -> list[InvoiceResponse]:
    page = [invoice for invoice in INVOICES.values() if invoice.id > after][:limit]
    return [map_domain_to_response(invoice) for invoice in page]


client = TestClient(app)
ada = {"Authorization": "Bearer t-ada"}
print(client.get("/invoices/10").status_code)
#> 401
print(client.get("/invoices/10", headers=ada).json())
#> {'id': 10, 'total_cents': 4200}
print(client.get("/invoices/11", headers=ada).status_code)
#> 404
print(client.get("/admin/invoices", headers=ada).status_code)
#> 403
root = {"Authorization": "Bearer t-root"}
print(len(client.get("/admin/invoices", headers=root).json()))
#> 2
