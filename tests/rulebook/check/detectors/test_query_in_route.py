"""ARCH-04 query-in-route: endpoints that query or write the database themselves."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "query-in-route"


def test_session_parameter_statement_and_session_calls_are_reported() -> None:
    assert_detects(
        NAME,
        """
        from typing import Annotated
        from fastapi import Depends, FastAPI
        from sqlalchemy import select
        from sqlalchemy.orm import Session

        app = FastAPI()

        @app.get("/products/search")
        def search(
            q: str,
            session: Annotated[Session, Depends(get_session)],  # [ARCH-04]
        ) -> list[str]:
            query = select(Product).where(Product.name == q)  # [ARCH-04]
            return list(session.scalars(query))  # [ARCH-04]
        """,
    )


def test_async_session_default_depends_and_opened_sessions() -> None:
    assert_detects(
        NAME,
        """
        from fastapi import APIRouter, Depends
        from sqlalchemy.ext.asyncio import AsyncSession

        router = APIRouter()

        @router.post("/orders", status_code=201)
        async def create(db: AsyncSession = Depends(get_db)) -> None:  # [ARCH-04]
            db.add(Order())  # [ARCH-04]
            await db.commit()  # [ARCH-04]

        @router.delete("/orders/{order_id}", status_code=204)
        def delete(order_id: int) -> None:
            with SessionLocal() as session:
                session.delete(session.get(Order, order_id))  # [ARCH-04]
        """,
    )


def test_one_finding_per_line() -> None:
    assert_detects(
        NAME,
        """
        from sqlalchemy import select
        from sqlalchemy.orm import Session

        @app.get("/n")
        def count(session: Session) -> int:  # [ARCH-04]
            return session.scalar(select(func.count()).select_from(T)) or 0  # [ARCH-04]
        """,
    )


def test_django_views_using_managers_and_shortcuts() -> None:
    assert_detects(
        NAME,
        """
        from django.shortcuts import get_object_or_404
        from rest_framework.views import APIView

        def order_detail(request, order_id):
            order = get_object_or_404(Order, pk=order_id)  # [ARCH-04]
            return render(request, "order.html", {"order": order})

        class OrderList(APIView):
            def get(self, request):
                return Response(Order.objects.filter(open=True).values())  # [ARCH-04]
        """,
        path="shop/orders/views.py",
    )


def test_services_providers_and_probes_are_not_reported() -> None:
    assert_detects(
        NAME,
        """
        from typing import Annotated
        from fastapi import Depends, FastAPI
        from sqlalchemy import select, text
        from sqlalchemy.orm import Session

        app = FastAPI()

        class ProductService:
            def __init__(self, session: Session) -> None:
                self.session = session

            def search(self, q: str) -> list[Product]:
                return list(self.session.scalars(select(Product)))

        def get_service(session: Annotated[Session, Depends(get_db)]) -> ProductService:
            return ProductService(session)

        @app.get("/products")
        def products(service: Annotated[ProductService, Depends(get)]) -> list[str]:
            return [p.name for p in service.search("")]

        @app.get("/health")
        def health(session: Annotated[Session, Depends(get_session)]) -> dict[str, str]:
            session.execute(text("SELECT 1"))
            return {"status": "ok"}
        """,
    )


def test_function_taking_request_outside_a_views_module_is_not_a_view() -> None:
    assert_detects(
        NAME,
        """
        def audit(request, order_id):
            return Order.objects.get(pk=order_id)
        """,
        path="shop/orders/audit.py",
    )


def test_django_views_found_through_urlpatterns_and_decorators() -> None:
    assert_detects(
        NAME,
        """
        from django.db import connection, connections
        from django.urls import path
        from django.views.decorators.http import require_GET

        def order_list(request):
            orders = Order._default_manager.filter(paid=True)  # [ARCH-04]
            with connection.cursor() as cursor:  # [ARCH-04]
                cursor.execute("SELECT count(*) FROM orders")
            return render(request, "orders.html", {"orders": orders})

        @require_GET
        def report(request):
            with connections["reporting"].cursor() as cursor:  # [ARCH-04]
                cursor.execute("SELECT sum(total) FROM sales")
            return HttpResponse()

        def health(request):
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            return HttpResponse("ok")

        def status(request):
            Order.objects.exists()
            return HttpResponse("ok")

        def helper(request):
            return Order.objects.all()

        urlpatterns = [path("orders", order_list), path("up", health)]
        """,
    )


def test_views_declared_in_tests_are_fixtures() -> None:
    assert_detects(
        NAME,
        """
        from rest_framework.views import APIView

        class BasicView(APIView):
            def post(self, request):
                BasicModel.objects.create()
                return Response({})
        """,
        path="tests/test_atomic_requests.py",
    )


def test_a_mock_patch_decorator_makes_no_route() -> None:
    assert_detects(
        NAME,
        """
        from unittest import mock

        @mock.patch("shop.views.notify")
        def check_orders(notify):
            return Order.objects.count()
        """,
    )


def test_django_probe_views_routed_elsewhere_are_the_exception() -> None:
    assert_detects(
        NAME,
        """
        from django.db import connection

        def status(request):
            with connection.cursor() as cursor:
                cursor.execute("SELECT 1")
            return HttpResponse("OK")

        class HealthView(View):
            def get(self, request):
                Order.objects.exists()
                return HttpResponse("OK")

        def order_list(request):
            with connection.cursor() as cursor:  # [ARCH-04]
                cursor.execute("SELECT id FROM orders")
            return HttpResponse()

        def ping(request, code):
            check = Check.objects.get(code=code)  # [ARCH-04]
            return HttpResponse(check.status)
        """,
        path="shop/views.py",
    )
