"""Tests of the implicit-dependency detector (AP-PY07)."""

from __future__ import annotations

from tests.checking import assert_detects


def test_service_class_reaching_for_globals_and_the_clock_is_reported() -> None:
    assert_detects(
        "implicit-dependency",
        """
        import time
        from datetime import UTC, date, datetime

        import httpx
        from sqlalchemy import create_engine
        from sqlalchemy.orm import sessionmaker

        engine = create_engine("sqlite://")
        SessionLocal = sessionmaker(engine)

        class InvoiceService:
            def issue(self) -> None:
                due = datetime.now(UTC)  # [AP-PY07]
                with SessionLocal() as session:  # [AP-PY07]
                    session.add(due)
                    SessionLocal.configure()
                today = date.today()  # [AP-PY07]
                stamp = time.time()  # [AP-PY07]
                rates = httpx.get("https://rates.example")  # [AP-PY07]
                client = httpx.Client()  # [AP-PY07]

            def timed(self) -> float:
                started = time.time()
                naive = datetime.now()
                return time.time() - started
        """,
    )


def test_service_module_functions_are_core_except_providers() -> None:
    assert_detects(
        "implicit-dependency",
        """
        import httpx

        client = httpx.Client(base_url="https://rates.example")

        def rate(currency: str) -> float:
            return client.get(f"/{currency}").json()["rate"]  # [AP-PY07]

        def get_rates_client() -> httpx.Client:
            return client

        def shadowed(client: httpx.Client) -> float:
            return client.get("/usd").json()["rate"]
        """,
        path="app/rates/service.py",
    )


def test_edge_code_and_other_classes_are_not_reported() -> None:
    assert_detects(
        "implicit-dependency",
        """
        from datetime import UTC, datetime

        from fastapi import FastAPI
        from sqlalchemy import create_engine
        from sqlalchemy.orm import Session

        engine = create_engine("sqlite://")
        app = FastAPI()

        def get_session():
            with Session(engine) as session:
                yield session

        class Clock:
            def now(self) -> datetime:
                return datetime.now(UTC)

        @app.get("/time")
        def current_time() -> str:
            return datetime.now(UTC).isoformat()
        """,
    )
