"""Parcel shipping: a base price plus a price per started kilogram."""

import math

BASE_CENTS = 490
PER_KILOGRAM_CENTS = 120


def calculate_fee(weight_grams: int) -> int:
    return BASE_CENTS + math.ceil(weight_grams / 1_000) * PER_KILOGRAM_CENTS
