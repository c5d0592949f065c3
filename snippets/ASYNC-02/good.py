import asyncio

import httpx
from fastapi import FastAPI
from pydantic import BaseModel


class Upstreams:
    """Three internal services, 20 ms away each; counts calls in flight."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.peak = 0

    async def handle(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.peak = max(self.peak, self.in_flight)
        await asyncio.sleep(0.02)
        self.in_flight -= 1
        return httpx.Response(200, json={"from": request.url.host})


upstreams = Upstreams()
services = httpx.AsyncClient(transport=httpx.MockTransport(upstreams.handle))
app = FastAPI()


class DashboardResponse(BaseModel):
    profile: dict[str, str]
    orders: dict[str, str]
    picks: dict[str, str]


async def fetch(url: str) -> dict[str, str]:
    response = await services.get(url)
    response.raise_for_status()
    data: dict[str, str] = response.json()
    return data


@app.get("/customers/{customer_id}/dashboard")
async def dashboard(customer_id: int) -> DashboardResponse:
    # Three independent reads: start them together, wait for all of them.
    async with asyncio.TaskGroup() as group:
        profile = group.create_task(fetch(f"http://profiles/{customer_id}"))
        orders = group.create_task(fetch(f"http://orders/?customer={customer_id}"))
        picks = group.create_task(fetch(f"http://recommendations/{customer_id}"))
    return DashboardResponse(
        profile=profile.result(), orders=orders.result(), picks=picks.result()
    )


async def main() -> None:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
        response = await client.get("/customers/7/dashboard")
    print([part["from"] for part in response.json().values()])
    #> ['profiles', 'orders', 'recommendations']
    # All three calls were waiting at the same time: the page takes one round trip.
    print(upstreams.peak)
    #> 3


asyncio.run(main())
