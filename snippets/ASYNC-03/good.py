import json
from collections.abc import Callable

from fastapi import FastAPI
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import StaticPool, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str]


class Job(Base):
    """A durable job: what to do, with which payload, how often it has been tried."""

    __tablename__ = "jobs"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str]
    payload: Mapped[str]
    status: Mapped[str] = mapped_column(default="pending", index=True)
    attempts: Mapped[int] = mapped_column(default=0)


class MailServerDownError(Exception):
    pass


engine = create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
app = FastAPI()
sent: list[str] = []
outages = [MailServerDownError("421 try again later")]  # the first send fails


def send_receipt(payload: dict[str, int]) -> None:
    if outages:
        raise outages.pop()
    sent.append(f"receipt for order {payload['order_id']}")


def place_order(session: Session, email: str) -> int:
    """The order and its receipt job commit together, or not at all."""
    with session.begin():
        order = Order(email=email)
        session.add(order)
        session.flush()
        payload = json.dumps({"order_id": order.id})
        session.add(Job(kind="send_receipt", payload=payload))
    return order.id


class OrderResponse(BaseModel):
    id: int


@app.post("/orders", status_code=201)
def create_order(email: str) -> OrderResponse:
    with Session(engine) as session:
        return OrderResponse(id=place_order(session, email))


def run_pending_jobs(
    session: Session, handlers: dict[str, Callable[[dict[str, int]], None]]
) -> None:
    """The worker's loop, one pass; a real queue adds back-off between attempts."""
    with session.begin():
        for job in session.scalars(select(Job).where(Job.status == "pending")):
            job.attempts += 1
            try:
                handlers[job.kind](json.loads(job.payload))
            except MailServerDownError:
                job.status = "failed" if job.attempts >= 5 else "pending"
            else:
                job.status = "done"


Base.metadata.create_all(engine)
print(TestClient(app).post("/orders", params={"email": "ada@example.test"}).json())
#> {'id': 1}
for _ in range(2):  # two passes of the worker
    with Session(engine) as session:
        run_pending_jobs(session, {"send_receipt": send_receipt})
        job = session.scalars(select(Job)).one()
        print(job.status, job.attempts, sent)
        #> pending 1 []
        #> done 2 ['receipt for order 1']
