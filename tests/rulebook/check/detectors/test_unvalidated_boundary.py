"""unvalidated-boundary reports raw inputs and outputs at FastAPI routes."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "unvalidated-boundary"


def test_raw_inputs_and_outputs() -> None:
    assert_detects(
        NAME,
        """\
        from dataclasses import asdict
        from typing import Any

        from fastapi import Depends, FastAPI, Request

        app = FastAPI()


        @app.post("/items")
        def create(
            body: dict[str, Any],  # [API-01]
            extra: list[dict],  # [API-01]
            config: dict = Depends(settings),
        ) -> Any:  # [API-01]
            return asdict(item)  # [API-01]


        @app.post("/raw")
        async def raw(request: Request) -> None:
            data = await request.json()  # [API-01]
        """,
    )


def test_typed_boundaries_pass() -> None:
    assert_detects(
        NAME,
        """\
        from typing import Any

        from fastapi import FastAPI
        from pydantic import BaseModel

        app = FastAPI()


        class Item(BaseModel):
            sku: str


        @app.post("/items", response_model=Item)
        def create(body: Item, counts: dict[str, int]) -> dict[str, Any]:
            return {"sku": body.sku}


        def helper(body: dict[str, Any]) -> dict[str, Any]:
            return body
        """,
    )


def test_django_views_reading_input_by_hand() -> None:
    assert_detects(
        NAME,
        """
        import json
        from dataclasses import asdict

        from django.forms.models import model_to_dict
        from django.urls import path
        from rest_framework.decorators import api_view
        from rest_framework.views import APIView

        class RestockView(APIView):
            def post(self, request):
                sku = request.data["sku"]  # [API-01]
                quantity = int(request.data.get("quantity", 1))  # [API-01]
                item = StockService().restock(sku, quantity)
                return Response(model_to_dict(item))  # [API-01]

        @api_view(["GET"])
        def search(request):
            term = request.query_params.get("q")  # [API-01]
            return Response({"term": term})

        def webhook(request):
            payload = json.loads(request.body)  # [API-01]
            return JsonResponse(asdict(handle(payload)))  # [API-01]

        urlpatterns = [path("hooks", webhook)]
        """,
    )


def test_django_views_with_serializers_and_html_forms_pass() -> None:
    assert_detects(
        NAME,
        """
        from django.urls import path
        from rest_framework.views import APIView

        class RestockView(APIView):
            def post(self, request):
                incoming = RestockSerializer(data=request.data)
                incoming.is_valid(raise_exception=True)
                sku = incoming.validated_data["sku"]
                return Response(StockSerializer(StockService().restock(sku)).data)

        def search(request):
            query = request.GET.get("q", "")
            if "delete" in request.POST:
                pass
            return render(request, "search.html", {"q": query})

        def helper(request):
            return request.data["sku"]

        urlpatterns = [path("search", search)]
        """,
    )
    assert_detects(
        NAME,
        """
        from rest_framework.views import APIView

        class FixtureView(APIView):
            def post(self, request):
                return Response({"name": request.data["name"]})
        """,
        path="tests/test_views.py",
    )
