"""The customers feature: it knows nothing about orders."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Customer:
    email: str
