import os
import secrets

import django
from django.core import checks
from django.test import Client

os.environ["DJANGO_SETTINGS_MODULE"] = "shop.settings"
os.environ["SHOP_SECRET_KEY"] = secrets.token_urlsafe(50)  # from the secret store
django.setup()
API_CLIENT = {"accept": "application/json"}

# Django's deployment checklist passes with nothing silenced.
deploy_checks = checks.run_checks(include_deployment_checks=True)
print(sorted(str(message.id) for message in deploy_checks))
#> []

plain = Client(SERVER_NAME="shop.example.com")
redirect = plain.post("/login")
print(redirect.status_code, redirect.headers["location"])
#> 301 https://shop.example.com/login

secure = Client(SERVER_NAME="shop.example.com", raise_request_exception=False)
login = secure.post("/login", secure=True)
cookie = login.cookies["sessionid"]
print({flag: cookie[flag] for flag in ("secure", "httponly", "samesite")})
#> {'secure': True, 'httponly': True, 'samesite': 'Lax'}
print(login.headers["strict-transport-security"])
#> max-age=63072000; includeSubDomains; preload
failure = secure.get("/orders/count", headers=API_CLIENT, secure=True)
print(failure.status_code, "shop_app" in failure.text)
#> 500 False
