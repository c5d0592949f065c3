import sqlite3

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import (
    Column,
    Engine,
    Integer,
    MetaData,
    Table,
    create_engine,
    func,
    select,
)

orders = Table("orders", MetaData(), Column("id", Integer, primary_key=True))


def create_app(engine: Engine) -> FastAPI:
    app = FastAPI()

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}  # [OPS-02]

    @app.get("/orders/count")
    def count_orders() -> dict[str, int]:
        with engine.connect() as connection:
            query = select(func.count()).select_from(orders)  # [ARCH-04]
            count = connection.scalar(query)
        return {"count": count or 0}

    return app


def refuse_connection() -> sqlite3.Connection:
    raise sqlite3.OperationalError("connection refused")


# The instance has lost its database, yet its health check still says "ok": the load
# balancer keeps routing customers to it, and every real request fails.
client = TestClient(
    create_app(create_engine("sqlite://", creator=refuse_connection)),
    raise_server_exceptions=False,
)
for path in ("/health", "/orders/count"):
    response = client.get(path)
    print(path, response.status_code)
    #> /health 200
    #> /orders/count 500
