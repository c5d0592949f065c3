import sqlite3
from typing import Literal

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import SQLAlchemyError


class HealthResponse(BaseModel):
    """The same declared shape on 200 and 503; probes read the status code."""

    status: Literal["ok", "unavailable"]
    checks: dict[str, Literal["up", "down"]]


def create_app(engine: Engine) -> FastAPI:
    app = FastAPI()

    @app.get(
        "/health",
        response_model=HealthResponse,
        responses={503: {"model": HealthResponse}},
    )
    def health() -> JSONResponse:
        """Cheap, unauthenticated, and true: can this instance reach its database?"""
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except SQLAlchemyError:
            down = HealthResponse(status="unavailable", checks={"database": "down"})
            return JSONResponse(down.model_dump(), status_code=503)
        up = HealthResponse(status="ok", checks={"database": "up"})
        return JSONResponse(up.model_dump())

    return app


def refuse_connection() -> sqlite3.Connection:
    raise sqlite3.OperationalError("connection refused")


# A healthy instance answers 200; one that lost its database answers 503, so the
# load balancer stops sending it traffic and the orchestrator can replace it.
working = create_engine("sqlite://")
broken = create_engine("sqlite://", creator=refuse_connection)
for engine in (working, broken):
    response = TestClient(create_app(engine)).get("/health")
    print(response.status_code, response.json())
    #> 200 {'status': 'ok', 'checks': {'database': 'up'}}
    #> 503 {'status': 'unavailable', 'checks': {'database': 'down'}}
