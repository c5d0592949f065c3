"""Find the `FILL IN` placeholders that `rulebook new` leaves in a rule's files."""

from __future__ import annotations

from pathlib import Path

from rulebook.rules.problems import Problem

PLACEHOLDER = "FILL IN"


def placeholder_problems(text: str, path: Path, rule_id: str) -> list[Problem]:
    """One problem per line of `text` (the content of `path`) holding a placeholder."""
    return [
        Problem(
            path,
            number,
            rule_id,
            f"template placeholder left in: {line.strip()!r}",
            "replace the FILL IN text with the rule's own content",
        )
        for number, line in enumerate(text.splitlines(), start=1)
        if PLACEHOLDER in line
    ]
