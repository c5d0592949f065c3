from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel


class AccountSchema(BaseModel):  # [NAME-03]
    """One schema for everything: create, update, response and storage."""

    id: int | None = None
    email: str
    display_name: str
    is_admin: bool = False


class AccountService:
    def __init__(self) -> None:
        self.accounts: dict[int, AccountSchema] = {}

    def create_account(self, data: AccountSchema) -> AccountSchema:
        account_id = len(self.accounts) + 1
        account = data.model_copy(update={"id": account_id})
        self.accounts[account_id] = account
        return account

    def update_account(self, account_id: int, data: AccountSchema) -> AccountSchema:
        account = data.model_copy(update={"id": account_id})
        self.accounts[account_id] = account
        return account


def create_app(service: AccountService) -> FastAPI:
    app = FastAPI()

    def get_service() -> AccountService:
        return service

    @app.post("/accounts", status_code=201)
    def create_account(
        body: AccountSchema,  # [API-03]
        accounts: Annotated[AccountService, Depends(get_service)],
    ) -> AccountSchema:
        return accounts.create_account(body)

    @app.patch("/accounts/{account_id}")
    def update_account(
        account_id: int,
        body: AccountSchema,  # [API-03]
        accounts: Annotated[AccountService, Depends(get_service)],
    ) -> AccountSchema:
        return accounts.update_account(account_id, body)

    return app


def test_clients_cannot_set_what_they_do_not_own() -> None:
    service = AccountService()
    client = TestClient(create_app(service))
    payload = {"email": "eve@example.org", "display_name": "Eve", "is_admin": True}
    # The create schema accepts every field of the account, so Eve makes herself admin.
    print(client.post("/accounts", json=payload).json()["is_admin"])
    #> True
    # A rename must resend the whole account; a partial update is rejected.
    print(client.patch("/accounts/1", json={"display_name": "Eve A."}).status_code)
    #> 422


test_clients_cannot_set_what_they_do_not_own()
