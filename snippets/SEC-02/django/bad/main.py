import os
import secrets

import django
from django.core import checks
from django.test import Client

# Production forgot to override the generated settings.
os.environ["DJANGO_SETTINGS_MODULE"] = "shop.settings"
os.environ["SHOP_SECRET_KEY"] = secrets.token_urlsafe(50)  # from the secret store
django.setup()
API_CLIENT = {"accept": "application/json"}

# Django's deployment checklist fails: no SecurityMiddleware (so no HTTPS redirect
# and no HSTS), session and CSRF cookies without Secure, and DEBUG on.
deploy_checks = checks.run_checks(include_deployment_checks=True)
print(sorted(str(message.id) for message in deploy_checks))
#> ['security.W001', 'security.W011', 'security.W016', 'security.W018']

client = Client(SERVER_NAME="shop.example.com", raise_request_exception=False)
# The session cookie travels over plain HTTP, and no HSTS header is sent.
login = client.post("/login")
print(login.status_code, bool(login.cookies["sessionid"]["secure"]))
#> 204 False
print("strict-transport-security" in login.headers)
#> False
# Any client that triggers an error reads the traceback, internals included.
failure = client.get("/orders/count", headers=API_CLIENT)
print(failure.status_code, *failure.text.splitlines()[:2], sep="\n")
#> 500
#> RuntimeError at /orders/count
#> password authentication failed for user shop_app
