"""Every API process migrates the database as it starts."""

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import sqlalchemy as sa
from alembic import op
from alembic.migration import MigrationContext
from alembic.operations import Operations
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import StaticPool

engine = sa.create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)


@asynccontextmanager
async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
    with (
        engine.begin() as connection,
        Operations.context(MigrationContext.configure(connection)),
    ):
        op.create_index("ix_orders_ref", "orders", ["ref"], unique=True)  # [DATA-06]
    yield


app = FastAPI(lifespan=lifespan)


@app.get("/orders/count")
def count_orders() -> int:
    with engine.connect() as conn:
        return int(conn.scalar(sa.text("SELECT count(*) FROM orders")) or 0)


with engine.begin() as setup:
    setup.execute(sa.text("CREATE TABLE orders (id INTEGER PRIMARY KEY, ref TEXT)"))
    setup.execute(sa.text("INSERT INTO orders (ref) VALUES ('A-1'), ('A-1')"))

# The orchestrator restarts the crashed process; each start runs the migration again.
for attempt in range(1, 4):
    try:
        with TestClient(app) as client:
            client.get("/orders/count")  # never reached: no process gets to serve
    except IntegrityError as error:
        print(f"start {attempt}: {error.orig}")
        #> start 1: UNIQUE constraint failed: orders.ref
        #> start 2: UNIQUE constraint failed: orders.ref
        #> start 3: UNIQUE constraint failed: orders.ref
