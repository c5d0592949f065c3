"""Start-up: build the feature from its modules and exercise it once."""

import pkgutil

import shipment
from fastapi import FastAPI
from fastapi.testclient import TestClient
from shipment.domain import Shipment, ShipmentStatus
from shipment.repository import InMemoryShipmentRepository
from shipment.routes import create_router
from shipment.service import ShipmentService

repository = InMemoryShipmentRepository([Shipment(7, ShipmentStatus.PACKED)])
app = FastAPI()
app.include_router(create_router(ShipmentService(repository)))

client = TestClient(app)
print(client.post("/shipments/7/dispatch").json())
#> {'id': 7, 'status': 'dispatched'}
print(client.post("/shipments/7/dispatch").status_code)
#> 409

# Each module's name says which role it plays, the same in every feature.
print([module.name for module in pkgutil.iter_modules(shipment.__path__)])
#> ['domain', 'repository', 'routes', 'schemas', 'service']
