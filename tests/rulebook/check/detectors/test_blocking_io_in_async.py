"""AP-PY10 blocking-io-in-async: sync database and HTTP calls inside `async def`."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "blocking-io-in-async"


def test_sync_session_calls_in_async_def_are_reported() -> None:
    assert_detects(
        NAME,
        """
        from sqlalchemy.orm import Session

        async def total(session: Session, order_id: int) -> int:
            order = session.get(Order, order_id)  # [AP-PY10]
            session.commit()  # [AP-PY10]
            return order.total

        async def names() -> list[str]:
            with SessionLocal() as db:
                return list(db.scalars(select(User.name)))  # [AP-PY10]
        """,
    )


def test_async_session_and_awaited_calls_are_not_reported() -> None:
    assert_detects(
        NAME,
        """
        from sqlalchemy.ext.asyncio import AsyncSession

        async def total(session: AsyncSession, order_id: int) -> int:
            order = await session.get(Order, order_id)
            await session.commit()
            return order.total

        async def names() -> list[str]:
            async with AsyncSessionLocal() as db:
                return list(await db.scalars(select(User.name)))
        """,
    )


def test_sync_session_in_plain_def_and_in_to_thread_is_not_reported() -> None:
    assert_detects(
        NAME,
        """
        import asyncio
        from sqlalchemy.orm import Session

        def load(session: Session) -> int:
            return session.scalar(select(func.count(User.id)))

        async def handler(session: Session) -> int:
            def inner() -> int:
                return session.scalar(select(func.count(User.id)))
            return await asyncio.to_thread(inner)
        """,
    )


def test_sync_engine_and_its_connection_are_reported() -> None:
    assert_detects(
        NAME,
        """
        from sqlalchemy import create_engine, text

        engine = create_engine("sqlite://")
        other = make_engine()

        async def count() -> int:
            with engine.connect() as conn:  # [AP-PY10]
                return conn.scalar(text("SELECT 1"))  # [AP-PY10]

        async def unknown() -> None:
            with other.connect() as conn:
                conn.execute(text("SELECT 1"))
        """,
    )


def test_module_level_http_functions_are_reported() -> None:
    assert_detects(
        NAME,
        """
        import requests
        import urllib.request
        from httpx import get

        async def fetch(url: str) -> bytes:
            requests.post(url, json={})  # [AP-PY10]
            get(url)  # [AP-PY10]
            return urllib.request.urlopen(url).read()  # [AP-PY10]

        def sync_fetch(url: str) -> None:
            requests.get(url)
        """,
    )


def test_calls_ruff_reports_are_left_to_ruff() -> None:
    assert_detects(
        NAME,
        """
        import time
        import httpx

        client = httpx.Client()

        async def slow() -> None:
            time.sleep(1)
            client.get("/")
        """,
    )


def test_startup_code_is_the_rules_exception() -> None:
    assert_detects(
        NAME,
        """
        from contextlib import asynccontextmanager
        from fastapi import FastAPI
        from sqlalchemy import create_engine, text

        engine = create_engine("sqlite://")

        @asynccontextmanager
        async def lifespan(app: FastAPI):
            with engine.begin() as conn:
                conn.execute(text("SELECT 1"))
            yield

        app = FastAPI(lifespan=lifespan)

        @app.on_event("startup")
        async def warm_up() -> None:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))

        @app.get("/")
        async def index() -> None:
            with engine.connect() as conn:  # [AP-PY10]
                conn.execute(text("SELECT 1"))  # [AP-PY10]
        """,
    )


def test_django_sync_orm_in_async_views() -> None:
    assert_detects(
        NAME,
        """
        from django.db import models
        from django.http import JsonResponse

        async def order_detail(request, pk):
            order = Order.objects.get(pk=pk)  # [AP-PY10]
            first = Order.objects.filter(paid=True).order_by("id").first()  # [AP-PY10]
            total = Order.objects.count()  # [AP-PY10]
            rows = list(Order.objects.filter(paid=True))  # [AP-PY10]
            for line in Line.objects.filter(order=order):  # [AP-PY10]
                pass
            Order._default_manager.create(total=1)  # [AP-PY10]
            Order.objects.filter(pk=pk).update(paid=True)  # [AP-PY10]
            return JsonResponse({"id": order.pk})
        """,
    )


def test_django_async_orm_lazy_querysets_and_sync_code_pass() -> None:
    assert_detects(
        NAME,
        """
        from asgiref.sync import sync_to_async
        from django.db import models

        async def order_detail(request, pk):
            order = await Order.objects.aget(pk=pk)
            total = await Order.objects.filter(paid=True).acount()
            paid = Order.objects.filter(paid=True).select_related("customer")
            async for line in Line.objects.filter(order=order):
                pass
            names = await sync_to_async(list)(Order.objects.all())
            first = await sync_to_async(Order.objects.first)()

            def report():
                return Order.objects.count()

            await sync_to_async(lambda: Order.objects.get(pk=pk))()
            return order, total, paid, names, first, report

        def sync_view(request, pk):
            return Order.objects.get(pk=pk)

        async def no_django(request):
            return cache.get("key")
        """,
    )
