from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, select
from sqlalchemy.exc import SQLAlchemyError
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


# The deploy forgot the migration: the table does not exist.
engine = create_engine("sqlite://")
app = FastAPI()


def get_service() -> Iterator[PayoutService]:
    with Session(engine) as session:
        yield PayoutService(session)


@app.get("/payouts/{payout_id}")
def read_payout(
    payout_id: int, service: Annotated[PayoutService, Depends(get_service)]
) -> JSONResponse:
    try:
        cents = service.get_payout_cents(payout_id)
    except SQLAlchemyError as error:  # [ERR-02]
        # The driver's message, SQL and all, goes to whoever sent the request.
        return JSONResponse({"detail": str(error)}, status_code=500)
    return JSONResponse({"id": payout_id, "cents": cents})


response = TestClient(app).get("/payouts/7")
print(response.status_code)
#> 500
print(response.json()["detail"].splitlines()[0])
#> (sqlite3.OperationalError) no such table: payouts
# The column names of the bank details table are now public.
print("iban" in response.text)
#> True
