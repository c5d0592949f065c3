"""Checks on the rulebook's own files that `rulebook validate` and the loader report."""
