from collections.abc import Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, FastAPI, Header
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import StaticPool, String, create_engine, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Payment(Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int]
    cents: Mapped[int]
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)


@dataclass(frozen=True)
class KeyReused:
    key: str


def charge(
    session: Session, order_id: int, cents: int, key: str
) -> Payment | KeyReused:
    """Charge once per key: a repeated request gets the first payment back."""
    same_key = select(Payment).where(Payment.idempotency_key == key)
    payment = session.scalars(same_key).one_or_none()
    if payment is None:
        payment = Payment(order_id=order_id, cents=cents, idempotency_key=key)
        session.add(payment)
        try:
            session.commit()
        except IntegrityError:  # a concurrent attempt with this key won the race
            session.rollback()
            payment = session.scalars(same_key).one()
    if (payment.order_id, payment.cents) != (order_id, cents):
        return KeyReused(key)  # one key, two different payments: refuse
    return payment


class PaymentRequest(BaseModel):
    order_id: int
    cents: int


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
app = FastAPI()


def get_session() -> Iterator[Session]:
    with Session(engine) as session:
        yield session


@app.post("/payments", status_code=201)
def create_payment(
    body: PaymentRequest,
    idempotency_key: Annotated[str, Header(min_length=16, max_length=64)],
    session: Annotated[Session, Depends(get_session)],
) -> JSONResponse:
    result = charge(session, body.order_id, body.cents, idempotency_key)
    if isinstance(result, KeyReused):
        error = {
            "code": "idempotency_key_reused",
            "message": "Key used for another payment.",
        }
        return JSONResponse({"error": {**error, "details": {}}}, status_code=422)
    return JSONResponse({"payment_id": result.id, "cents": result.cents}, 201)


Base.metadata.create_all(engine)
client = TestClient(app)
# The client makes one key per intended payment and reuses it on every retry.
headers = {"Idempotency-Key": "pay-order-41-7f3a9c2e"}
first = client.post("/payments", json={"order_id": 41, "cents": 4_900}, headers=headers)
# The answer was lost to a timeout, so the client sends the same request again.
retry = client.post("/payments", json={"order_id": 41, "cents": 4_900}, headers=headers)
print(first.json(), retry.json())
#> {'payment_id': 1, 'cents': 4900} {'payment_id': 1, 'cents': 4900}
with Session(engine) as session:
    print(session.scalar(select(func.sum(Payment.cents))))
    #> 4900
other = client.post("/payments", json={"order_id": 42, "cents": 100}, headers=headers)
no_key = client.post("/payments", json={"order_id": 42, "cents": 100})
print(other.json()["error"]["code"], no_key.status_code)
#> idempotency_key_reused 422
