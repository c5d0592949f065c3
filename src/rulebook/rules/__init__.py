"""The rule model and its loader: read, validate and index rule and gate pages."""
