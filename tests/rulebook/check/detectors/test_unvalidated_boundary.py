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
