import logging
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Payout(Base):
    __tablename__ = "payouts"
    id: Mapped[int] = mapped_column(primary_key=True)
    iban: Mapped[str]
    cents: Mapped[int]


class PayoutService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get_payout_cents(self, payout_id: int) -> int:
        payout = self.session.scalars(select(Payout).where(Payout.id == payout_id))
        return payout.one().cents


class KeepRecords(logging.Handler):
    """Stands in for the JSON log shipper: keeps what operators would see."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        error = record.exc_info[1] if record.exc_info else None
        self.lines.append(f"{record.getMessage()} {type(error).__name__}")


logger = logging.getLogger("payouts")
logger.addHandler(log := KeepRecords())
# The deploy forgot the migration: the table does not exist.
engine = create_engine("sqlite://")
app = FastAPI()


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, str]


class ErrorEnvelope(BaseModel):
    error: ErrorBody


class PayoutResponse(BaseModel):
    id: int
    cents: int


@app.exception_handler(Exception)
async def unexpected_error(request: Request, error: Exception) -> JSONResponse:
    """The one place that sees bugs and infrastructure failures: log all, say little."""
    request_id = request.headers.get("x-request-id", "unknown")
    logger.error("request %s failed", request_id, exc_info=error)
    body = ErrorBody(
        code="internal_error",
        message="Something went wrong on our side.",
        details={"request_id": request_id},
    )
    return JSONResponse(ErrorEnvelope(error=body).model_dump(), status_code=500)


def get_service() -> Iterator[PayoutService]:
    with Session(engine) as session:
        yield PayoutService(session)


@app.get("/payouts/{payout_id}", responses={500: {"model": ErrorEnvelope}})
def read_payout(
    payout_id: int, service: Annotated[PayoutService, Depends(get_service)]
) -> PayoutResponse:
    """No try/except: a failure here is a bug or an outage, and it travels on."""
    return PayoutResponse(id=payout_id, cents=service.get_payout_cents(payout_id))


client = TestClient(app, raise_server_exceptions=False)
response = client.get("/payouts/7", headers={"X-Request-ID": "req-42"})
print(response.status_code, response.json()["error"]["code"])
#> 500 internal_error
print(response.json()["error"]["details"], "iban" in response.text)
#> {'request_id': 'req-42'} False
# The details stay in the log, where the request ID finds them.
print(log.lines)
#> ['request req-42 failed OperationalError']
