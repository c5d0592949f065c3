"""API-04 non-rest-route: verbs in paths, creates answered 200, errors returned 200."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "non-rest-route"


def test_verbs_in_paths() -> None:
    assert_detects(
        NAME,
        """
        @app.post("/getOrderItems")  # [API-04]
        def a(body: Ref) -> Items: ...

        @app.post("/create-user", status_code=201)  # [API-04]
        def b(body: NewUser) -> User: ...

        @app.get("/deleteOrderItem")  # [API-04]
        def c(item_id: int) -> None: ...

        @app.post("/orders/{order_id}/delete")  # [API-04]
        def d(order_id: int) -> None: ...

        @router.api_route("/orders/update_status", methods=["PUT"])  # [API-04]
        def e() -> None: ...
        """,
    )


def test_nouns_searches_and_actions_as_nouns_pass() -> None:
    assert_detects(
        NAME,
        """
        @app.get("/orders/{order_id}/items")
        def a(order_id: int) -> list[Item]: ...

        @app.post("/orders/search")
        def b(body: Search) -> list[Order]: ...

        @app.post("/orders/{order_id}/cancellation", status_code=201)
        def c(order_id: int) -> None: ...

        @app.get("/settings")
        def d() -> Settings: ...

        @app.get("/updates")
        def e() -> list[Update]: ...

        @app.get("/orders/list")
        def f() -> list[Order]: ...
        """,
    )


def test_create_routes_without_201() -> None:
    assert_detects(
        NAME,
        """
        @app.post("/orders")  # [API-04]
        def create_order(body: NewOrder) -> Order: ...

        @app.post("/orders/{order_id}/items", status_code=200)  # [API-04]
        def add_item(order_id: int, body: NewItem) -> Item: ...

        @app.post("/orders", status_code=201)
        def create_order_right(body: NewOrder) -> Order: ...

        @app.post("/checkout/quote")
        def create_quote(body: QuoteRequest) -> Quote: ...

        @app.post("/orders/{order_id}/refunds", status_code=status.HTTP_201_CREATED)
        def create_refund(order_id: int) -> Refund: ...
        """,
    )


def test_errors_returned_with_status_200() -> None:
    assert_detects(
        NAME,
        """
        from fastapi import Response

        @app.get("/orders/{order_id}")
        def a(order_id: int) -> dict[str, object]:
            if missing:
                return {"error": "order not found"}  # [API-04]
            return {"ok": False, "reason": "x"}  # [API-04]

        @app.get("/orders/{order_id}/b")
        def b(order_id: int, response: Response) -> dict[str, object]:
            response.status_code = 404
            return {"error": "order not found"}

        @app.get("/orders/{order_id}/c")
        def c(order_id: int) -> dict[str, object]:
            return {"ok": True, "id": order_id}

        def not_a_route() -> dict[str, str]:
            return {"error": "fine here"}
        """,
    )


def test_django_api_urls_and_errors_answered_with_200() -> None:
    assert_detects(
        NAME,
        """
        from django.urls import path, re_path
        from rest_framework.decorators import api_view
        from rest_framework.routers import DefaultRouter
        from rest_framework.views import APIView

        from .apis import UserCreate

        @api_view(["POST"])
        def get_order_items(request, order_id):
            items = orders.list_items(order_id)
            if items is None:
                return Response({"error": "order not found"})  # [API-04]
            return Response({"items": items})

        @api_view(["GET"])
        def delete_order_item(request, item_id):
            if not orders.delete_item(item_id):
                return Response({"ok": False}, 200)  # [API-04]
            return Response({"ok": True})

        class OrderList(APIView):
            def post(self, request):
                return JsonResponse({"errors": ["no lines"]})  # [API-04]

        router = DefaultRouter()
        router.register("getOrders", OrderViewSet)  # [API-04]
        router.register("orders", OrderViewSet)

        urlpatterns = [
            path("getOrderItems/<int:order_id>", get_order_items),  # [API-04]
            path("deleteOrderItem/<int:item_id>", delete_order_item),  # [API-04]
            re_path(r"^orders/(?P<pk>\\d+)/cancel$", OrderList.as_view()),
            path("users/create/", UserCreate.as_view()),  # [API-04]
            path("orders/<int:pk>/delete", OrderDeleteApi.as_view()),  # [API-04]
            *router.urls,
        ]
        """,
    )


def test_django_html_pages_and_errors_with_a_status_pass() -> None:
    assert_detects(
        NAME,
        """
        from django.urls import path

        def add_feed(request):
            return render(request, "add.html")

        def delete_feed(request, pk):
            if request.method != "POST":
                return JsonResponse({"error": "POST only"}, status=405)
            return JsonResponse({"deleted": pk}, status=200)

        class OrderDetail(View):
            def get(self, request, pk):
                response = JsonResponse({"error": "gone"})
                response.status_code = 410
                return response

        urlpatterns = [
            path("feeds/add/", add_feed),
            path("feeds/<int:pk>/delete/", delete_feed),
            path("orders/<int:pk>", OrderDetail.as_view()),
        ]
        """,
    )
