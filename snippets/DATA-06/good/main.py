"""API start-up only connects; the `migrate` service (compose.yaml) runs on its own."""

from collections.abc import Iterator
from typing import Annotated

import sqlalchemy as sa
from alembic import op
from alembic.migration import MigrationContext
from alembic.operations import Operations
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.exc import IntegrityError
from sqlalchemy.pool import StaticPool

metadata = sa.MetaData()
orders = sa.Table(
    "orders",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("ref", sa.Text),
)


def migrate(engine: sa.Engine) -> None:
    """What the one-off `migrate` service runs: this release's migration, once."""
    with (
        engine.begin() as connection,
        Operations.context(MigrationContext.configure(connection)),
    ):
        op.create_index("ix_orders_ref", "orders", ["ref"], unique=True)


class OrderService:
    def __init__(self, connection: sa.Connection) -> None:
        self.connection = connection

    def count_orders(self) -> int:
        query = sa.select(sa.func.count()).select_from(orders)
        return self.connection.scalar(query) or 0


def create_app(engine: sa.Engine) -> FastAPI:
    app = FastAPI()  # no lifespan hook: starting the API never changes the schema

    def get_order_service() -> Iterator[OrderService]:
        with engine.connect() as connection:
            yield OrderService(connection)

    @app.get("/orders/count")
    def count_orders(
        service: Annotated[OrderService, Depends(get_order_service)],
    ) -> int:
        return service.count_orders()

    return app


engine = sa.create_engine(
    "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
)
with engine.begin() as setup:
    setup.execute(sa.text("CREATE TABLE orders (id INTEGER PRIMARY KEY, ref TEXT)"))
    setup.execute(sa.insert(orders), [{"ref": "A-1"}, {"ref": "A-1"}])

# Production data breaks the migration: the release stops at its own, visible step,
# which fails once with a clear exit instead of inside every API process.
try:
    migrate(engine)
except IntegrityError as error:
    print(f"migrate exited with 1: {error.orig}")
    #> migrate exited with 1: UNIQUE constraint failed: orders.ref

# Starting an API process neither waits for that step nor repeats it: it serves.
with TestClient(create_app(engine)) as client:
    print(client.get("/orders/count").json())
    #> 2
