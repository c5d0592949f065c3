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
# With credentials on, django-cors-headers echoes any origin back instead of "*":
# every site Ada visits can call the API as Ada and read the answer.
print(allowed_origin("https://evil.example"))
#> https://evil.example
print(client.get("/me", headers={"origin": "https://evil.example"}).json())
#> {'email': 'ada@example.com'}
