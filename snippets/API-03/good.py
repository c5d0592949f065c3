from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel


@dataclass
class Account:
    id: int
    email: str
    display_name: str
    is_admin: bool = False


@dataclass(frozen=True)
class CreateAccountCommand:
    """Internal: what the core needs to open an account, whoever asks."""

    email: str
    display_name: str


@dataclass(frozen=True)
class UpdateAccountCommand:
    display_name: str | None = None


class AccountService:
    def __init__(self) -> None:
        self.accounts: dict[int, Account] = {}

    def create_account(self, command: CreateAccountCommand) -> Account:
        account = Account(len(self.accounts) + 1, command.email, command.display_name)
        self.accounts[account.id] = account
        return account

    def update_account(
        self, account_id: int, command: UpdateAccountCommand
    ) -> Account | None:
        account = self.accounts.get(account_id)
        if account is not None and command.display_name is not None:
            account.display_name = command.display_name
        return account


class CreateAccountRequest(BaseModel):
    email: str
    display_name: str


class UpdateAccountRequest(BaseModel):
    display_name: str | None = None


class AccountResponse(BaseModel):
    id: int
    display_name: str


def map_domain_to_response(account: Account) -> AccountResponse:
    return AccountResponse(id=account.id, display_name=account.display_name)


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorEnvelope(BaseModel):
    error: ErrorBody


def create_app(service: AccountService) -> FastAPI:
    app = FastAPI()

    def get_service() -> AccountService:
        return service

    @app.post("/accounts", status_code=201)
    def create_account(
        body: CreateAccountRequest,
        accounts: Annotated[AccountService, Depends(get_service)],
    ) -> AccountResponse:
        command = CreateAccountCommand(body.email, body.display_name)
        return map_domain_to_response(accounts.create_account(command))

    @app.patch(
        "/accounts/{account_id}",
        response_model=AccountResponse,
        responses={404: {"model": ErrorEnvelope}},
    )
    def update_account(
        account_id: int,
        body: UpdateAccountRequest,
        accounts: Annotated[AccountService, Depends(get_service)],
    ) -> AccountResponse | JSONResponse:
        command = UpdateAccountCommand(display_name=body.display_name)
        account = accounts.update_account(account_id, command)
        if account is None:
            missing = ErrorBody(code="account_not_found", message="No such account.")
            return JSONResponse(ErrorEnvelope(error=missing).model_dump(), 404)
        return map_domain_to_response(account)

    return app


def test_clients_cannot_set_what_they_do_not_own() -> None:
    service = AccountService()
    client = TestClient(create_app(service))
    payload = {"email": "eve@example.org", "display_name": "Eve", "is_admin": True}
    print(client.post("/accounts", json=payload).json(), service.accounts[1].is_admin)
    #> {'id': 1, 'display_name': 'Eve'} False
    print(client.patch("/accounts/1", json={"display_name": "Eve A."}).json())
    #> {'id': 1, 'display_name': 'Eve A.'}
    print(client.patch("/accounts/9", json={"display_name": "Bob"}).status_code)
    #> 404


test_clients_cannot_set_what_they_do_not_own()
