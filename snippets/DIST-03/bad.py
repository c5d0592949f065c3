from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import StaticPool, create_engine, func, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Payment(Base):
    __tablename__ = "payments"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int]
    cents: Mapped[int]


class PaymentService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def charge(self, order_id: int, cents: int) -> Payment:
        # Every call is a new charge: nothing tells a retry from a second purchase.
        payment = Payment(order_id=order_id, cents=cents)  # [DIST-03]
        self.session.add(payment)
        self.session.commit()
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


@app.post("/payments", status_code=201)
def create_payment(
    body: PaymentRequest,
    payments: Annotated[PaymentService, Depends(get_payment_service)],
) -> PaymentResponse:
    payment = payments.charge(body.order_id, body.cents)
    return PaymentResponse(payment_id=payment.id, cents=payment.cents)


Base.metadata.create_all(engine)
client = TestClient(app)
first = client.post("/payments", json={"order_id": 41, "cents": 4_900})
# The answer was lost to a timeout, so the client sends the same request again.
retry = client.post("/payments", json={"order_id": 41, "cents": 4_900})
print(first.json(), retry.json())
#> {'payment_id': 1, 'cents': 4900} {'payment_id': 2, 'cents': 4900}
with Session(engine) as session:
    # The customer paid twice for one order.
    print(session.scalar(select(func.sum(Payment.cents))))
    #> 9800
