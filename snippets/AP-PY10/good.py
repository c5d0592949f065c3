import asyncio
import tempfile
from pathlib import Path

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


async def rates_api(_request: httpx.Request) -> httpx.Response:
    await asyncio.sleep(0.05)  # the upstream answers after 50 ms
    return httpx.Response(200, json={"EUR": 0.9})


def order_total(order_id: int) -> int:
    """A sync session query: async callers run it in a worker thread."""
    with Session(engine) as session:
        return session.get_one(Order, order_id).total_cents


def append_audit(path: Path, line: str) -> None:
    """A plain blocking write: callers in async code hand it to a worker thread."""
    with path.open("a") as audit:
        audit.write(line + "\n")


rates = httpx.AsyncClient(
    transport=httpx.MockTransport(rates_api), base_url="https://rates.test"
)
workdir = Path(tempfile.mkdtemp())
audit_log = workdir / "audit.log"
engine = create_engine(f"sqlite:///{workdir / 'shop.db'}")
app = FastAPI()
trace: list[str] = []


@app.get("/orders/{order_id}/price-eur")
async def price_in_eur(order_id: int) -> dict[str, int]:
    trace.append(f"start {order_id}")
    total_cents = await asyncio.to_thread(order_total, order_id)
    rate: float = (await rates.get("/latest")).json()["EUR"]
    await asyncio.sleep(0.01)  # a pause that lets other requests run
    await asyncio.to_thread(append_audit, audit_log, f"priced order {order_id}")
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
# Both requests were in flight at the same time:
print(trace)
#> ['start 1', 'start 2', 'end', 'end']
print(sorted(audit_log.read_text().splitlines()))
#> ['priced order 1', 'priced order 2']
