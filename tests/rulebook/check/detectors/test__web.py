"""The shared web recognisers: which functions run while an app starts."""

from __future__ import annotations

import textwrap
from pathlib import Path

from rulebook.check.detectors._web import startup_functions
from rulebook.check.module import Module


def _startup_names(source: str) -> list[str]:
    module = Module.parse(Path("app.py"), textwrap.dedent(source))
    return [function.name for function in startup_functions(module)]


def test_lifespan_on_startup_event_handlers_and_app_ready_run_at_startup() -> None:
    source = """
        from django.apps import AppConfig

        async def lifespan(app): yield
        def prepare(): ...
        def unrelated(): ...

        app = FastAPI(lifespan=lifespan)
        other = Starlette(on_startup=[prepare])

        @app.on_event("startup")
        async def connect(): ...

        @app.on_event("shutdown")
        async def disconnect(): ...

        class OrdersConfig(AppConfig):
            def ready(self): ...

        class Widget:
            def ready(self): ...
    """
    assert _startup_names(source) == ["lifespan", "prepare", "connect", "ready"]


def test_a_module_without_an_app_has_no_startup_code() -> None:
    assert _startup_names("def lifespan(app): ...\n") == []
