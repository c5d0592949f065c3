"""Start-up wires the routers; the features are sliced across layer packages."""

import pkgutil

import routers
import schemas
import services
from fastapi import FastAPI
from fastapi.testclient import TestClient
from routers.catalog import router as catalog_router
from routers.checkout import router as checkout_router

app = FastAPI()
app.include_router(catalog_router)
app.include_router(checkout_router)

client = TestClient(app)
print(client.get("/products/tea").json())
#> {'sku': 'tea', 'price_cents': 450}
print(client.post("/checkout/quote", json={"sku": "tea", "quantity": 3}).json())
#> {'total_cents': 1350}

# The same behaviour, but a checkout change now touches three packages, each of
# which also holds every other feature's code.
for layer in (routers, schemas, services):
    modules = [module.name for module in pkgutil.iter_modules(layer.__path__)]
    print(layer.__name__, modules)
    #> routers ['catalog', 'checkout']
    #> schemas ['catalog', 'checkout']
    #> services ['catalog', 'checkout']
