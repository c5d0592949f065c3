"""The shared web recognisers: start-up code, Django URL entries and views."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from rulebook.check.detectors._web import is_view, startup_functions, url_routes
from rulebook.check.module import Module, Role


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


def test_url_routes_read_paths_views_and_router_prefixes() -> None:
    module = Module.parse(
        Path("urls.py"),
        textwrap.dedent(
            """
            from django.urls import include, path, re_path
            from rest_framework.routers import DefaultRouter

            from shop import views

            router = DefaultRouter()
            router.register("orders", views.OrderViewSet)
            urlpatterns = [
                path("health/", views.health),
                re_path(r"^ready/$", views.Ready.as_view()),
                path("api/", include("shop.api")),
                path(route="items", view=item_list),
            ]
            """
        ),
    )
    routes = [(r.route, r.view, r.is_class) for r in url_routes(module)]
    assert routes == [
        ("orders", "OrderViewSet", True),
        ("health/", "health", False),
        ("ready/", "Ready", True),
        ("api/", None, False),
        ("items", "item_list", False),
    ]


def test_views_are_routes_decorated_routed_or_request_first_in_views_py() -> None:
    source = """
        from django.urls import path
        from django.views.decorators.http import require_POST
        from unittest import mock

        def routed(request): ...
        @require_POST
        def decorated(request): ...
        def helper(request): ...
        class Health:
            def get(self, request): ...
        @mock.patch("x")
        def test_thing(patched): ...

        urlpatterns = [path("a", routed), path("h", Health.as_view())]
    """
    module = Module.parse(Path("app.py"), textwrap.dedent(source))
    functions = module.nodes(ast.FunctionDef)
    assert [f.name for f in functions if is_view(module, f)] == [
        "routed",
        "decorated",
        "get",
    ]
    in_views = Module.parse(Path("shop/views.py"), textwrap.dedent(source), Role.ROUTES)
    names = [f.name for f in in_views.nodes(ast.FunctionDef) if is_view(in_views, f)]
    assert names == ["routed", "decorated", "helper", "get"]
