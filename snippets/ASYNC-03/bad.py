import asyncio
from typing import Any

import httpx
from fastapi import FastAPI
from pydantic import BaseModel


class MailServerDownError(Exception):
    pass


app = FastAPI()
orders: list[str] = []
sent: list[str] = []
outages = [MailServerDownError("421 try again later")]  # the first send fails
unhandled: list[str] = []


async def send_receipt(order_id: int) -> None:
    await asyncio.sleep(0.001)  # talking to the mail server
    if outages:
        raise outages.pop()
    sent.append(f"receipt for order {order_id}")


class OrderResponse(BaseModel):
    id: int


@app.post("/orders", status_code=201)
async def create_order(email: str) -> OrderResponse:
    orders.append(email)
    # Fire and forget: no payload on record, no retry, nobody awaits the outcome.
    asyncio.create_task(send_receipt(len(orders)))  # [ASYNC-03]
    return OrderResponse(id=len(orders))


def remember(
    _loop: asyncio.AbstractEventLoop,
    context: dict[str, Any],  # [TYPE-02]
) -> None:
    unhandled.append(context["message"])


async def main() -> None:
    asyncio.get_running_loop().set_exception_handler(remember)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
        response = await client.post("/orders", params={"email": "ada@example.test"})
    print(response.status_code, response.json())
    #> 201 {'id': 1}
    await asyncio.sleep(0.05)  # long after the mail server is back up


asyncio.run(main())
# No receipt, no retry, no record of the job: only an anonymous error line.
print(sent, unhandled)
#> [] ['Task exception was never retrieved']
