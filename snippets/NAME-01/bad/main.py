"""Start-up: build the feature from its modules and exercise it once."""

import pkgutil

import delivery
from delivery.handlers import create_router
from delivery.helpers import Delivery, DeliveryStatus
from delivery.manager import DeliveryService
from delivery.utils import InMemoryDeliveryRepository
from fastapi import FastAPI
from fastapi.testclient import TestClient

repository = InMemoryDeliveryRepository([Delivery(7, DeliveryStatus.PACKED)])
app = FastAPI()
app.include_router(create_router(DeliveryService(repository)))

client = TestClient(app)
print(client.post("/deliveries/7/dispatch").json())
#> {'id': 7, 'status': 'dispatched'}
print(client.post("/deliveries/7/dispatch").status_code)
#> 409

# It works, but the names hide the roles: the domain rule is a "helper", storage is
# a "util", and `models` holds the HTTP schemas, not the domain model.
print([module.name for module in pkgutil.iter_modules(delivery.__path__)])
#> ['handlers', 'helpers', 'manager', 'models', 'utils']
print(Delivery.validate_can_be_dispatched.__module__)
#> delivery.helpers
