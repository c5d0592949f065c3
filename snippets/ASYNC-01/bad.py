import asyncio
import hashlib

import httpx
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
trace: list[str] = []
password_hashes: dict[str, str] = {}  # stands in for the users table


class SignUp(BaseModel):
    email: str
    password: str


class Account(BaseModel):
    email: str


class DailyReport(BaseModel):
    total_cents: int


def total_cents(order_count: int) -> int:
    """Stands in for aggregating a day of orders in Python: pure CPU work."""
    return sum(order % 97 for order in range(order_count))


def hash_password(password: str, salt: bytes) -> str:
    """CPU-bound on purpose: slow to compute, so stolen hashes are slow to crack."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 300_000).hex()


@app.post("/signups", status_code=201)
async def sign_up(body: SignUp) -> Account:
    trace.append(f"start {body.email}")
    salt = body.email.encode()  # fixed for the demo; use os.urandom(16) for real
    # Hashing on the event loop: no other request runs until it is done.
    digest = hash_password(body.password, salt)  # [ASYNC-01]
    trace.append("hashed")
    await asyncio.sleep(0.001)  # I/O, such as saving the user: awaited
    password_hashes[body.email] = digest
    return Account(email=body.email)


@app.get("/reports/daily")
async def daily_report() -> DailyReport:  # [ASYNC-01]
    return DailyReport(total_cents=total_cents(200_000))


async def three_requests_at_once() -> list[int]:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://api") as client:
        responses = await asyncio.gather(
            client.post("/signups", json={"email": "ada", "password": "s3cret!"}),
            client.post("/signups", json={"email": "bob", "password": "hunter2"}),
            client.get("/reports/daily"),
        )
    return [response.status_code for response in responses]


print(asyncio.run(three_requests_at_once()))
#> [201, 201, 200]
# Bob's signup could not even start until Ada's password was hashed.
print(trace)
#> ['start ada', 'hashed', 'start bob', 'hashed']
