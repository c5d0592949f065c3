import os

import django
from django.test import Client

os.environ["DJANGO_SETTINGS_MODULE"] = "shop.settings"
django.setup()

client = Client(SERVER_NAME="api.example.com")
client.cookies["session"] = "ada-session"


def allowed_origin(origin: str) -> str | None:
    """May a page on `origin` read Ada's /me with her cookies? The browser asks this."""
    response = client.get("/me", headers={"origin": origin})
    return response.headers.get("access-control-allow-origin")


print(allowed_origin("https://app.example.com"))
#> https://app.example.com
print(allowed_origin("https://evil.example"))
#> None
# django-cors-headers answers a preflight from a foreign origin with a plain 200 and
# no CORS headers; without them the browser refuses to send the real request.
preflight = client.options(
    "/me",
    headers={"origin": "https://evil.example", "access-control-request-method": "GET"},
)
print(preflight.status_code, preflight.headers.get("access-control-allow-origin"))
#> 200 None
