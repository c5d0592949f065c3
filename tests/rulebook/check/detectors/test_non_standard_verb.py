"""NAME-05 non-standard-verb: handlers and service methods named fetch_, make_..."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "non-standard-verb"


def test_route_handlers_with_other_verbs_are_reported() -> None:
    assert_detects(
        NAME,
        """
        from fastapi import APIRouter

        router = APIRouter()

        @router.get("/orders/{order_id}")
        def fetch_order(order_id: int) -> None: ...  # [NAME-05]

        @router.post("/orders")
        async def new_order() -> None: ...  # [NAME-05]

        @router.post("/webhooks")
        def handle_webhook() -> None: ...  # [NAME-05]

        @router.get("/orders")
        def list_orders() -> None: ...

        @router.post("/orders/{order_id}/cancel")
        def cancel_order(order_id: int) -> None: ...
        """,
    )


def test_service_methods_and_bare_verbs_are_reported() -> None:
    assert_detects(
        NAME,
        """
        class OrderService:
            def make(self) -> None: ...  # [NAME-05]

            def all(self) -> None: ...  # [NAME-05]

            def retrieve_order(self) -> None: ...  # [NAME-05]

            def process_refund(self) -> None: ...  # [NAME-05]

            def find_by_id(self) -> None: ...

            def create_order(self) -> None: ...

            def _fetch_rows(self) -> None: ...

            def __init__(self) -> None: ...
        """,
    )


def test_other_classes_and_django_views_are_not_checked() -> None:
    assert_detects(
        NAME,
        """
        from django.views import View

        class OrderView(View):
            def get(self, request): ...

        class HttpClient:
            def fetch(self) -> None: ...

        def make_app() -> None: ...
        """,
    )


def test_service_modules_check_their_functions() -> None:
    assert_detects(
        NAME,
        """
        def fetch_invoice() -> None: ...  # [NAME-05]

        def get_invoice() -> None: ...

        def _make_number() -> None: ...
        """,
        path="app/billing/service.py",
    )
