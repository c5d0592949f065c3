"""DATA-06 migration-at-startup: schema changes run while the app starts."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "migration-at-startup"


def test_migrations_in_a_lifespan_are_reported() -> None:
    assert_detects(
        NAME,
        """
        from contextlib import asynccontextmanager
        from alembic import command, op
        from fastapi import FastAPI

        @asynccontextmanager
        async def lifespan(app: FastAPI):
            command.upgrade(alembic_config, "head")  # [DATA-06]
            op.add_column("orders", sa.Column("ref", sa.String()))  # [DATA-06]
            Base.metadata.create_all(engine)  # [DATA-06]
            async with async_engine.begin() as conn:
                await conn.run_sync(Base.metadata.create_all)  # [DATA-06]
            yield

        app = FastAPI(lifespan=lifespan)
        """,
    )


def test_startup_handlers_helpers_and_django_ready_are_reported() -> None:
    assert_detects(
        NAME,
        """
        import subprocess
        from django.apps import AppConfig
        from django.core.management import call_command

        def run_migrations() -> None:
            subprocess.run(["alembic", "upgrade", "head"], check=True)  # [DATA-06]

        @app.on_event("startup")
        def on_start() -> None:
            run_migrations()

        class OrdersConfig(AppConfig):
            def ready(self) -> None:
                call_command("migrate")  # [DATA-06]

        starlette_app = Starlette(on_startup=[prepare])

        def prepare() -> None:
            metadata.drop_all(engine)  # [DATA-06]
        """,
    )


def test_migrations_outside_startup_are_not_reported() -> None:
    assert_detects(
        NAME,
        """
        from alembic import command, op
        from fastapi import FastAPI

        Base.metadata.create_all(engine)

        def migrate() -> None:
            command.upgrade(config, "head")
            op.create_index("ix_orders_ref", "orders", ["ref"])

        @app.on_event("shutdown")
        def stop() -> None:
            Base.metadata.drop_all(engine)

        async def lifespan(app: FastAPI):
            yield

        app = FastAPI(lifespan=lifespan)

        @app.get("/")
        def index() -> None:
            cache.create_all()
        """,
    )
