"""The whole shop in one app, sliced by technical layer."""
