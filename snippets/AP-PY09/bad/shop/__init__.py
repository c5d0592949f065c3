"""The shop application: one module per feature."""
