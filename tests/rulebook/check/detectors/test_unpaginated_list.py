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
