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
