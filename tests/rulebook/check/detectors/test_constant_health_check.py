"""OPS-02: a health route that answers a constant."""

from __future__ import annotations

from pathlib import Path

from tests.checking import assert_detects
from tests.rulebook.check.detectors.file_projects import (
    assert_project_detects,
    project_hits,
)

NAME = "constant-health-check"


def test_constant_health_handlers() -> None:
    assert_detects(
        NAME,
        """
        from fastapi import APIRouter, FastAPI
        from fastapi.responses import JSONResponse

        app = FastAPI()
        router = APIRouter()


        @app.get("/health")
        def health() -> dict[str, str]:
            return {"status": "ok"}  # [OPS-02]


        @router.get(path="/healthz/")
        async def healthz() -> JSONResponse:
            \"\"\"Always fine.\"\"\"
            return JSONResponse({"status": "ok"}, status_code=200)  # [OPS-02]


        @app.api_route("/ready", methods=["GET", "HEAD"])
        def ready() -> None:
            pass  # [OPS-02]


        @app.get("/readyz")
        def readyz() -> str:
            return "ok"  # [OPS-02]


        @app.head("/status")
        def status() -> None:
            return  # [OPS-02]
        """,
    )


def test_near_misses() -> None:
    assert_detects(
        NAME,
        """
        import time

        from fastapi import FastAPI
        from fastapi.responses import JSONResponse
        from sqlalchemy import text

        app = FastAPI()
        STATUS = {"status": "ok"}


        @app.get("/health")
        def health() -> JSONResponse:
            try:
                with engine.connect() as connection:
                    connection.execute(text("SELECT 1"))
            except Exception:
                return JSONResponse({"status": "down"}, status_code=503)
            return JSONResponse({"status": "ok"})


        @app.get("/health/live")
        def live() -> dict[str, str]:
            return {"status": "ok"}


        @app.get("/livez")
        def livez() -> dict[str, str]:
            return {"status": "ok"}


        @app.get("/orders/count")
        def count() -> dict[str, int]:
            return {"count": 0}


        @app.get("/ready")
        def ready() -> dict[str, str]:
            return STATUS


        @app.get("/readyz")
        def readyz() -> dict[str, float]:
            return {"time": time.time()}


        @app.post("/health")
        def post_health() -> dict[str, str]:
            return {"status": "ok"}


        def health_plain() -> dict[str, str]:
            return {"status": "ok"}
        """,
    )


def test_a_repository_app_without_a_health_route(tmp_path: Path) -> None:
    files = {
        "app.py": """\
        from fastapi import FastAPI

        app = FastAPI()  # [OPS-02]


        @app.get("/orders")
        def list_orders() -> list[str]:
            return []
        """,
    }
    assert project_hits(tmp_path, NAME, files) == []  # not a repository root
    (tmp_path / ".git").mkdir()
    assert_project_detects(tmp_path, NAME, files)
    files["app.py"] = files["app.py"].replace('"/orders"', '"/livez"')
    assert project_hits(tmp_path, NAME, files) == []


def test_django_health_views_routed_in_the_same_module() -> None:
    assert_detects(
        NAME,
        """
        from django.http import HttpResponse, JsonResponse
        from django.urls import path, re_path
        from django.views import View
        from rest_framework.response import Response


        def health(_request):
            return JsonResponse({"status": "ok"})  # [OPS-02]


        class Ready(View):
            def get(self, request):
                return HttpResponse("ok")  # [OPS-02]


        def status(request):
            \"\"\"Always fine.\"\"\"
            return Response({"status": "ok"}, status=200)  # [OPS-02]


        def live(_request):
            return JsonResponse({"status": "ok"})


        def healthz(_request):
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            return JsonResponse({"status": "ok"})


        def order_count(_request):
            return JsonResponse({"count": 0})


        urlpatterns = [
            path("health/", health),
            path("ready", Ready.as_view()),
            re_path(r"^status/$", status),
            path("live/", live),
            path("healthz", healthz),
            path("orders/count", order_count),
        ]
        """,
    )


def test_django_health_view_routed_from_another_module(tmp_path: Path) -> None:
    files = {
        "shop/urls.py": """\
        from django.urls import path

        from shop import views

        urlpatterns = [
            path("health/", views.health),
            path("readyz/", views.ReadyView.as_view()),
            path("orders/", views.orders),
        ]
        """,
        "shop/views.py": """\
        from django.http import JsonResponse
        from django.views import View


        def health(request):
            return JsonResponse({"status": "ok"})  # [OPS-02]


        class ReadyView(View):
            def get(self, request):
                return JsonResponse({"ready": True})  # [OPS-02]

            def post(self, request):
                return JsonResponse({"ready": True})


        def orders(request):
            return JsonResponse({"orders": []})


        def ready(request):
            return JsonResponse({"ready": True})
        """,
    }
    assert_project_detects(tmp_path, NAME, files)
