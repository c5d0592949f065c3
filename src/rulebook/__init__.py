"""The Python Backend Rulebook: rule model, loader, validator and exporters."""
