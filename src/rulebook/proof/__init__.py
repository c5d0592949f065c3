"""Checks that prove examples: ruff lint, format and detection, and mypy strict."""
