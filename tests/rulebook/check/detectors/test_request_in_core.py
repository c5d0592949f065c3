"""ARCH-07 request-in-core: framework request objects handed to core code."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "request-in-core"


def test_service_method_taking_a_request_and_route_passing_it_on() -> None:
    assert_detects(
        NAME,
        """
        from typing import Annotated
        from fastapi import Depends, FastAPI, Request

        app = FastAPI()

        class DocumentService:
            def archive(self, request: Request, document_id: int) -> bool:  # [ARCH-07]
                return request.state.user.is_staff

        @app.post("/documents/{document_id}/archive", status_code=204)
        def archive(
            document_id: int,
            request: Request,
            documents: Annotated[DocumentService, Depends(get_service)],
        ) -> None:
            documents.archive(request, document_id)  # [ARCH-07]
            documents.archive(request=request, document_id=1)  # [ARCH-07]
        """,
    )


def test_any_function_of_a_core_module() -> None:
    assert_detects(
        NAME,
        """
        from django.http import HttpRequest
        from starlette.requests import HTTPConnection

        def cancel_order(request: HttpRequest, order_id: int) -> None:  # [ARCH-07]
            ...

        def current_tenant(connection: "HTTPConnection") -> str:  # [ARCH-07]
            ...
        """,
        path="shop/orders/service.py",
    )


def test_edge_code_may_take_the_request() -> None:
    assert_detects(
        NAME,
        """
        from typing import Annotated
        from fastapi import Depends, FastAPI, Request
        from fastapi.templating import Jinja2Templates

        app = FastAPI()
        templates = Jinja2Templates("templates")

        def get_actor(request: Request) -> Actor:
            return Actor(request.state.user.id)

        class AuditMiddleware:
            async def dispatch(self, request: Request, call_next):
                return await call_next(request)

        @app.get("/")
        def home(
            request: Request,
            actor: Annotated[Actor, Depends(get_actor)],
            documents: Annotated[DocumentService, Depends(get_service)],
        ):
            documents.archive(actor, 1)
            log(request)
            return templates.TemplateResponse(request, "home.html")
        """,
    )


def test_modules_without_a_web_framework_are_skipped() -> None:
    assert_detects(
        NAME,
        """
        class Request:
            pass

        class OrderService:
            def handle(self, request: Request) -> None:
                ...
        """,
    )


def test_django_views_handing_their_request_to_a_service() -> None:
    assert_detects(
        NAME,
        """
        from django.urls import path
        from rest_framework.request import Request
        from rest_framework.views import APIView

        documents = DocumentService({})

        class ArchiveDocument(APIView):
            def post(self, request: Request, document_id: int) -> Response:
                if not documents.archive_document(request, document_id):  # [ARCH-07]
                    return Response(status=403)
                return Response(status=204)

        def export(request, pk):
            ExportService().run(pk, requested_by=request)  # [ARCH-07]
            return HttpResponse(status=202)

        def nightly(document_id):
            request = Request(HttpRequest())
            documents.archive_document(request, document_id)

        urlpatterns = [path("export/<int:pk>", export)]
        """,
    )


def test_django_views_passing_values_or_calling_helpers_pass() -> None:
    assert_detects(
        NAME,
        """
        from django.contrib.auth import login
        from django.shortcuts import render
        from django.urls import path
        from rest_framework.views import APIView

        documents = DocumentService({})

        class ArchiveDocument(APIView):
            def post(self, request, document_id):
                documents.archive_document(request.user.id, document_id)
                return Response(status=204)

        def home(request):
            login(request, request.user)
            form = SearchForm(request.GET)
            return render(request, "home.html", {"form": form})

        urlpatterns = [path("", home)]
        """,
    )
