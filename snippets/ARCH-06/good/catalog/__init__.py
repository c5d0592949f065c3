"""The catalog feature: what the shop sells and at what price."""
