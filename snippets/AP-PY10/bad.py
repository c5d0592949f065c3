import asyncio
import time

import httpx
from fastapi import FastAPI
from sqlalchemy import create_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column


class Base(DeclarativeBase):
    pass


class Order(Base):
    __tablename__ = "orders"
    id: Mapped[int] = mapped_column(primary_key=True)
    total_cents: Mapped[int]


def rates_api(_request: httpx.Request) -> httpx.Response:
    time.sleep(0.05)  # the upstream answers after 50 ms
    return httpx.Response(200, json={"EUR": 0.9})


rates = httpx.Client(
    transport=httpx.MockTransport(rates_api), base_url="https://rates.test"
)
engine = create_engine("sqlite://")
app = FastAPI()
trace: list[str] = []


async def order_total(order_id: int) -> int:
    with Session(engine) as session:
        return session.get_one(Order, order_id).total_cents  # [AP-PY10]


@app.get("/orders/{order_id}/price-eur")
async def price_in_eur(order_id: int) -> dict[str, int]:
    trace.append(f"start {order_id}")
    total_cents = await order_total(order_id)
    rate = rates.get("/latest").json()["EUR"]  # [AP-PY10]
    # "give the upstream a breather" before the next step
    time.sleep(0.01)  # [AP-PY10]
    trace.append("end")
    return {"order_id": order_id, "cents": round(total_cents * rate)}


async def two_customers_at_once() -> list[int]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
        responses = await asyncio.gather(
            client.get("/orders/1/price-eur"), client.get("/orders/2/price-eur")
        )
    return [r.json()["cents"] for r in responses]


Base.metadata.create_all(engine)
with Session(engine) as setup, setup.begin():
    setup.add_all([Order(id=1, total_cents=1_000), Order(id=2, total_cents=2_000)])

print(asyncio.run(two_customers_at_once()))
#> [900, 1800]
# The second request could not even start until the first one had finished:
print(trace)
#> ['start 1', 'end', 'start 2', 'end']
