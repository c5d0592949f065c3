"""The shipment feature: parcels on their way to customers."""
