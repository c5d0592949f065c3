"""ARCH-11 http-outside-client: outbound HTTP calls made outside a client class."""

from __future__ import annotations

from tests.checking import assert_detects

NAME = "http-outside-client"


def test_function_sending_through_a_client_it_was_given() -> None:
    assert_detects(
        NAME,
        """
        import httpx

        def pay_order(order: Order, http: httpx.Client, api_key: str) -> None:
            response = http.post(  # [ARCH-11]
                "https://payments.example.com/v1/charges",
                json={"amount": order.amount_cents},
            )
            order.charge_id = response.json().get("id")
        """,
    )


def test_helpers_and_opened_clients_in_backend_code() -> None:
    assert_detects(
        NAME,
        """
        import httpx
        import requests

        def quote(sku: str) -> int:
            return requests.get(f"https://prices/{sku}", timeout=5).json()  # [ARCH-11]

        async def rates() -> dict[str, float]:
            async with httpx.AsyncClient() as client:
                return (await client.get("https://fx/latest")).json()  # [ARCH-11]

        class OrderService:
            def ship(self) -> None:
                httpx.post("https://warehouse/shipments")  # [ARCH-11]
        """,
        path="shop/orders/service.py",
    )


def test_wrapper_classes_tests_and_in_process_clients_pass() -> None:
    assert_detects(
        NAME,
        """
        import httpx
        from fastapi import FastAPI

        app = FastAPI()

        class PaymentsClient:
            def __init__(self) -> None:
                self._http = httpx.Client(base_url="https://payments")

            def charge(self, cents: int) -> str:
                return self._http.post("/charges", json={"cents": cents}).json()["id"]

        async def two_at_once() -> list[int]:
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://a") as c:
                return [(await c.get("/orders")).status_code]

        def with_mock() -> int:
            with httpx.Client(transport=httpx.MockTransport(fake)) as c:
                return c.get("https://x").status_code

        def test_charge(http: httpx.Client) -> None:
            http.post("https://payments/charges")
        """,
    )


def test_tools_outside_a_backend_and_wrapper_modules_pass() -> None:
    assert_detects(
        NAME,
        """
        import urllib.request

        def download(url: str) -> bytes:
            with urllib.request.urlopen(url) as response:
                return response.read()
        """,
    )
    assert_detects(
        NAME,
        """
        import httpx

        def charge(http: httpx.Client, cents: int) -> str:
            return http.post("/charges", json={"cents": cents}).json()["id"]
        """,
        path="shop/payments_client.py",
    )
