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


class PaymentService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def charge(self, order_id: int, cents: int, key: str) -> Payment | KeyReused:
        """Charge once per key: a repeated request gets the first payment back."""
        same_key = select(Payment).where(Payment.idempotency_key == key)
        payment = self.session.scalars(same_key).one_or_none()
        if payment is None:
            payment = Payment(order_id=order_id, cents=cents, idempotency_key=key)
            self.session.add(payment)
            try:
                self.session.commit()
            except IntegrityError:  # a concurrent attempt with this key won the race
                self.session.rollback()
                payment = self.session.scalars(same_key).one()
        if (payment.order_id, payment.cents) != (order_id, cents):
            return KeyReused(key)  # one key, two different payments: refuse
        return payment


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
app = FastAPI()


def get_payment_service() -> Iterator[PaymentService]:
    with Session(engine) as session:
        yield PaymentService(session)


class PaymentRequest(BaseModel):
    order_id: int
    cents: int


class PaymentResponse(BaseModel):
    payment_id: int
    cents: int


class ErrorBody(BaseModel):
    code: str
    message: str


class ErrorEnvelope(BaseModel):
    error: ErrorBody


@app.post(
    "/payments",
    status_code=201,
    response_model=PaymentResponse,
    responses={409: {"model": ErrorEnvelope}},
)
def create_payment(
    body: PaymentRequest,
    idempotency_key: Annotated[str, Header(min_length=16, max_length=64)],
    payments: Annotated[PaymentService, Depends(get_payment_service)],
) -> PaymentResponse | JSONResponse:
    result = payments.charge(body.order_id, body.cents, idempotency_key)
    if isinstance(result, KeyReused):
        reused = ErrorBody(code="idempotency_key_reused", message="Key already used.")
        return JSONResponse(ErrorEnvelope(error=reused).model_dump(), status_code=409)
    return PaymentResponse(payment_id=result.id, cents=result.cents)


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
print(other.status_code, other.json()["error"]["code"], no_key.status_code)
#> 409 idempotency_key_reused 422
