import asyncio
import hashlib

import django
from django.conf import settings

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["api.example.com"])
django.setup()

from django import forms  # noqa: E402
from django.http import HttpRequest, JsonResponse  # noqa: E402
from django.test import AsyncClient  # noqa: E402
from django.urls import path  # noqa: E402
from django.views.decorators.http import require_GET, require_POST  # noqa: E402

trace: list[str] = []
password_hashes: dict[str, str] = {}  # stands in for the users table


class SignUpForm(forms.Form):
    email = forms.CharField(max_length=200)
    password = forms.CharField(max_length=200)


def total_cents(order_count: int) -> int:
    """Stands in for aggregating a day of orders in Python: pure CPU work."""
    return sum(order % 97 for order in range(order_count))


def hash_password(password: str, salt: bytes) -> str:
    """CPU-bound on purpose: slow to compute, so stolen hashes are slow to crack."""
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 300_000).hex()


@require_POST
async def sign_up(request: HttpRequest) -> JsonResponse:
    form = SignUpForm(request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=422)
    email, password = form.cleaned_data["email"], form.cleaned_data["password"]
    trace.append(f"start {email}")
    salt = email.encode()  # fixed for the demo; use os.urandom(16) for real
    # Hashing on the event loop: no other request runs until it is done.
    digest = hash_password(password, salt)  # [ASYNC-01]
    trace.append("hashed")
    await asyncio.sleep(0.001)  # I/O, such as saving the user: awaited
    password_hashes[email] = digest
    return JsonResponse({"email": email}, status=201)


@require_GET
async def daily_report(_request: HttpRequest) -> JsonResponse:  # [ASYNC-01]
    return JsonResponse({"total_cents": total_cents(200_000)})


urlpatterns = [
    path("signups", sign_up),
    path("reports/daily", daily_report),
]


async def three_requests_at_once() -> list[int]:
    client = AsyncClient(headers={"host": "api.example.com"})
    responses = await asyncio.gather(
        client.post("/signups", {"email": "ada", "password": "s3cret!"}),
        client.post("/signups", {"email": "bob", "password": "hunter2"}),
        client.get("/reports/daily"),
    )
    return [response.status_code for response in responses]


print(asyncio.run(three_requests_at_once()))
#> [201, 201, 200]
# Bob's signup could not even start until Ada's password was hashed.
print(trace)
#> ['start ada', 'hashed', 'start bob', 'hashed']
