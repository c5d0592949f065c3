"""The delivery feature: parcels on their way to customers."""
