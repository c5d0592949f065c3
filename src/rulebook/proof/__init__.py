"""Checks that prove examples: ruff lint, format and detection, and the strict type check."""
