"""The source documents the rules draw their facts from, by their two-digit number."""

from __future__ import annotations

import re

SOURCE_DOCUMENTS: dict[str, str] = {
    "000": "python-backend-core v1.0.0",
    "001": "Building Python Backends",
    "002": "Backend Development Principles",
    "003": "Python Backend Design Principles",
    "004": "Backend Python Governance Profile Rulebook v1.0",
}

_REFERENCE = re.compile(r"(?P<document>\d{3})(?:\s+(?P<section>.+))?")


def parse_source(reference: str) -> tuple[str, str] | None:
    """Split `"004 anti-pattern catalogue"` into its document number and section.

    Returns None when the reference does not start with a known document number.
    """
    match = _REFERENCE.fullmatch(reference.strip())
    if match is None or match["document"] not in SOURCE_DOCUMENTS:
        return None
    return match["document"], (match["section"] or "").strip()
