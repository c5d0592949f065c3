"""Start-up wires one router per feature; each feature is one package."""

import pkgutil

import catalog
import checkout
from catalog.routes import router as catalog_router
from checkout.routes import router as checkout_router
from fastapi import FastAPI
from fastapi.testclient import TestClient

app = FastAPI()
app.include_router(catalog_router)
app.include_router(checkout_router)

client = TestClient(app)
print(client.get("/products/tea").json())
#> {'sku': 'tea', 'price_cents': 450}
print(client.post("/checkout/quote", json={"sku": "tea", "quantity": 3}).json())
#> {'total_cents': 1350}

# Everything a checkout change can touch sits in one folder.
for feature in (catalog, checkout):
    modules = [module.name for module in pkgutil.iter_modules(feature.__path__)]
    print(feature.__name__, modules)
    #> catalog ['routes', 'schemas', 'service']
    #> checkout ['routes', 'schemas', 'service']
