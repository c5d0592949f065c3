"""The rule ID scheme: which IDs are well formed, which area each prefix belongs to."""

from __future__ import annotations

import re
from enum import StrEnum


class Area(StrEnum):
    """The topic a rule belongs to; every non-anti-pattern prefix names exactly one."""

    ARCHITECTURE = "architecture"
    API = "api"
    ERRORS = "errors"
    DATA = "data"
    ASYNC = "async"
    DISTRIBUTED = "distributed"
    SECURITY = "security"
    TESTING = "testing"
    TYPING = "typing"
    NAMING = "naming"
    CONFIGURATION = "configuration"
    OPERATIONS = "operations"
    TOOLING = "tooling"
    PROCESS = "process"


AREA_BY_PREFIX: dict[str, Area] = {
    "ARCH": Area.ARCHITECTURE,
    "API": Area.API,
    "ERR": Area.ERRORS,
    "DATA": Area.DATA,
    "ASYNC": Area.ASYNC,
    "DIST": Area.DISTRIBUTED,
    "SEC": Area.SECURITY,
    "TEST": Area.TESTING,
    "TYPE": Area.TYPING,
    "NAME": Area.NAMING,
    "CONF": Area.CONFIGURATION,
    "OPS": Area.OPERATIONS,
    "TOOL": Area.TOOLING,
    "PROC": Area.PROCESS,
}

ANTI_PATTERN_PREFIX = "AP-PY"

_ANTI_PATTERN = re.compile(r"AP-PY(?P<number>\d{2})")
_AREA_RULE = re.compile(r"(?P<prefix>[A-Z]+)-(?P<number>\d{2})")


class EntryKind(StrEnum):
    """The families of IDs the rulebook publishes besides rules."""

    GATE = "quality gate"
    TIER = "risk tier"
    HARDENING = "hardening rule"
    FAIL_CODE = "hard-fail code"
    WARNING = "warning code"


_ENTRY_PATTERNS: dict[EntryKind, re.Pattern[str]] = {
    EntryKind.GATE: re.compile(r"PQG-\d"),
    EntryKind.TIER: re.compile(r"TIER-(?:LOW|MEDIUM|HIGH)"),
    EntryKind.HARDENING: re.compile(r"PYPH2-\d"),
    EntryKind.FAIL_CODE: re.compile(r"PYPH2-FAIL-\d{2}"),
    EntryKind.WARNING: re.compile(r"WARN-PYTHON(?:-[A-Z]+)+"),
}


def entry_kind(text: str) -> EntryKind | None:
    """The family of a gate, tier or code ID, or None if `text` is not one."""
    for kind, pattern in _ENTRY_PATTERNS.items():
        if pattern.fullmatch(text):
            return kind
    return None


def is_published_id_form(text: str) -> bool:
    """Whether `text` has the form of a rule, gate, tier or code ID."""
    if entry_kind(text) is not None:
        return True
    try:
        parse_rule_id(text)
    except RuleIdError:
        return False
    return True


class RuleIdError(ValueError):
    """An ID that does not follow the scheme; the message says how to fix it."""


def normalize_id(text: str) -> str:
    """The canonical (upper-case, trimmed) spelling of an ID typed by a person."""
    return text.strip().upper()


def parse_rule_id(text: str) -> tuple[str, int]:
    """Split a rule ID into its family prefix and number, or raise `RuleIdError`.

    `AP-PY03` gives `("AP-PY", 3)`; `DATA-01` gives `("DATA", 1)`.
    """
    anti_pattern = _ANTI_PATTERN.fullmatch(text)
    if anti_pattern:
        return ANTI_PATTERN_PREFIX, _checked_number(text, anti_pattern["number"])
    area_rule = _AREA_RULE.fullmatch(text)
    if area_rule is None:
        raise RuleIdError(
            f"'{text}' is not a rule ID: use AP-PYNN for an anti-pattern or "
            f"AREA-NN with AREA one of {', '.join(AREA_BY_PREFIX)}"
        )
    prefix = area_rule["prefix"]
    if prefix not in AREA_BY_PREFIX:
        raise RuleIdError(
            f"'{text}' has the unknown area prefix '{prefix}': "
            f"use one of {', '.join(AREA_BY_PREFIX)}"
        )
    return prefix, _checked_number(text, area_rule["number"])


def format_rule_id(prefix: str, number: int) -> str:
    """Build the ID for a family prefix and number: `("DATA", 1)` -> `DATA-01`."""
    if prefix == ANTI_PATTERN_PREFIX:
        return f"{prefix}{number:02d}"
    return f"{prefix}-{number:02d}"


def _checked_number(text: str, digits: str) -> int:
    number = int(digits)
    if number == 0:
        raise RuleIdError(f"'{text}' has number 00: rule numbers start at 01")
    return number
