"""Inline suppressions: `# rulebook: ignore[ID] reason`, one line, reason required.

A suppression silences findings of the named rules (IDs or families) on its own line.
Without a reason, or naming no known rule, it silences nothing and is itself reported;
a suppression that silenced nothing is reported as unused, as ruff's RUF100 does.
"""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass

_COMMENT = re.compile(
    r"#\s*rulebook:\s*ignore\[(?P<ids>[^\]]*)\](?P<reason>.*)$", re.IGNORECASE
)


@dataclass(frozen=True)
class Suppression:
    """One `# rulebook: ignore[...]` comment."""

    line: int
    column: int
    ids: tuple[str, ...]
    reason: str


def find_suppressions(source: str) -> list[Suppression]:
    """Every suppression comment in `source` (real comments only, not strings)."""
    if "rulebook:" not in source:
        return []
    found: list[Suppression] = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, SyntaxError):
        return found
    for token in tokens:
        if token.type != tokenize.COMMENT:
            continue
        match = _COMMENT.search(token.string)
        if match is None:
            continue
        ids = tuple(
            part.strip().upper() for part in match["ids"].split(",") if part.strip()
        )
        reason = match["reason"].strip().lstrip("-:—").strip()
        found.append(Suppression(token.start[0], token.start[1] + 1, ids, reason))
    return found


def covers(suppression: Suppression, rule_id: str) -> bool:
    """Whether the suppression names the rule or its family (`NAME`, `AP-PY`)."""
    for wanted in suppression.ids:
        if rule_id == wanted or rule_id.startswith(wanted + "-"):
            return True
        if wanted == "AP-PY" and rule_id.startswith("AP-PY"):
            return True
    return False
