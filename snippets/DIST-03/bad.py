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


def charge(session: Session, order_id: int, cents: int) -> Payment:
    # Every call is a new charge: nothing tells a retry from a second purchase.
    payment = Payment(order_id=order_id, cents=cents)  # [DIST-03]
    session.add(payment)
    session.commit()
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
    body: PaymentRequest, session: Annotated[Session, Depends(get_session)]  # [ARCH-04]
) -> dict[str, int]:
    payment = charge(session, body.order_id, body.cents)
    return {"payment_id": payment.id, "cents": payment.cents}


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
