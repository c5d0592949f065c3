"""The catalog app: products and their prices."""
