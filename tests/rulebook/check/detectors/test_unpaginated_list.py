"""API-05 unpaginated-list: GET routes that return a whole collection."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "unpaginated-list"


def test_list_routes_without_a_page_parameter() -> None:
    assert_detects(
        NAME,
        """
        from typing import List, Sequence

        @app.get("/audit-events")
        def events(service: Events) -> list[EventResponse]:  # [API-05]
            ...

        @router.get("/orders", response_model=List[OrderResponse])  # [API-05]
        async def orders(status: str | None = None):
            ...

        @router.api_route("/tags", methods=["GET", "HEAD"])
        def tags() -> "Sequence[str]":  # [API-05]
            ...
        """,
    )


def test_paginated_routes_are_not_reported() -> None:
    assert_detects(
        NAME,
        """
        from typing import Annotated
        from fastapi import Query

        @app.get("/a")
        def a(limit: Annotated[int, Query(le=100)] = 50) -> list[Item]:
            ...

        @app.get("/b")
        def b(after: int = 0, page_size: int = 20) -> list[Item]:
            ...

        @app.get("/c")
        def c(paging: Annotated[PageParams, Depends()]) -> list[Item]:
            ...

        @app.get("/d")
        def d(**filters: str) -> list[Item]:
            ...
        """,
    )


def test_pages_nested_collections_and_other_methods_are_not_reported() -> None:
    assert_detects(
        NAME,
        """
        @app.get("/events")
        def events() -> EventPage:
            ...

        @app.get("/orders/{order_id}/items")
        def items(order_id: int) -> list[Item]:
            ...

        @app.post("/orders/search")
        def search(body: Search) -> list[Order]:
            ...

        @app.get("/pair")
        def pair() -> tuple[int, int]:
            ...

        def helper() -> list[Item]:
            ...
        """,
    )


def test_django_list_views_that_serialize_every_row() -> None:
    assert_detects(
        NAME,
        """
        from django.urls import path
        from rest_framework import generics, viewsets
        from rest_framework.decorators import api_view
        from rest_framework.views import APIView

        class AuditEventListView(APIView):
            def get(self, _request, format=None):
                events = AuditEventService().list_audit_events()
                body = AuditEventSerializer(events, many=True).data  # [API-05]
                return Response(body)

        @api_view(["GET"])
        def orders(request):
            rows = Order.objects.all()
            return Response(OrderSerializer(rows, many=True).data)  # [API-05]

        class Everything(generics.ListAPIView):
            serializer_class = OrderSerializer
            pagination_class = None  # [API-05]

        class AllAccounts(viewsets.ReadOnlyModelViewSet):
            pagination_class = None  # [API-05]
        """,
    )


def test_django_lists_that_page_slice_or_nest_pass() -> None:
    assert_detects(
        NAME,
        """
        from rest_framework import generics
        from rest_framework.decorators import api_view
        from rest_framework.views import APIView

        class Paged(APIView):
            def get(self, request):
                page = self.paginator.paginate_queryset(Order.objects.all(), request)
                return self.paginator.get_paginated_response(
                    OrderSerializer(page, many=True).data
                )

        class Latest(APIView):
            def get(self, request):
                rows = Order.objects.order_by("-id")[:20]
                return Response(OrderSerializer(rows, many=True).data)

        class Limited(APIView):
            def get(self, request):
                limit = min(int(request.query_params.get("limit", 50)), 100)
                return Response(OrderSerializer(load(limit), many=True).data)

        class OrderItems(APIView):
            def get(self, request, order_id):
                items = Item.objects.filter(order_id=order_id)
                return Response(ItemSerializer(items, many=True).data)

        class Create(APIView):
            def post(self, request):
                return Response(OrderSerializer(create(request), many=True).data)

        @api_view(["POST"])
        def bulk(request):
            return Response(OrderSerializer(create(request), many=True).data)

        class Detail(generics.RetrieveAPIView):
            pagination_class = None
        """,
    )
    assert_detects(
        NAME,
        """
        from rest_framework.views import APIView

        class Fixture(APIView):
            def get(self, request):
                return Response(OrderSerializer(Order.objects.all(), many=True).data)
        """,
        path="tests/test_views.py",
    )
