"""Scaffold a new rule: its page from the template, its examples, and its published ID.

The template is full of `FILL IN` markers, which the loader rejects, so a scaffolded
rule cannot be published until every part is written.
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from rulebook.rules.ids import (
    ANTI_PATTERN_PREFIX,
    AREA_BY_PREFIX,
    RuleIdError,
    format_rule_id,
    parse_rule_id,
)
from rulebook.rules.placeholders import PLACEHOLDER
from rulebook.rules.registry import REGISTRY_FILE, ever_published, read_registry
from rulebook.rules.rule_page import RULES_DIR, SNIPPETS_DIR

_PAGE = """\
---
id: {rule_id}
title: {title}
status: draft
since: "{since}"
level: should
area: {area}
enforced_by:
  review: "{fill}: why no tool catches it (or use ruff: [CODE] instead)"
related: []
sources:
  - "{fill}: the source, e.g. 004 anti-pattern catalogue"
---

{fill}: the rule in one sentence, ending with a full stop.

## Why

{fill}: what goes wrong in a real backend when the rule is broken.

## How to spot it in review

- {fill}: a sign a reviewer can see in a diff.

## Enforcement

{fill}: which tool and code catches it, or why only review can.

## Exceptions

{fill}: when breaking the rule is right, or "None."
"""

_GOOD = """\
# {fill}: a complete program that keeps {rule_id}, printing what it shows.
print("{fill}")
#> {fill}
"""

_BAD = """\
# {fill}: a complete program that breaks {rule_id}; end offending lines with the marker.
print("{fill}")  # [{rule_id}]
#> {fill}
"""


class ScaffoldError(ValueError):
    """The rule cannot be created; the message says why and what to do instead."""


def taken_ids(root: Path) -> set[str]:
    """Every ID that exists or was ever published: none of them may be reused."""
    registry, _problems = read_registry(root)
    taken = set(registry.lines)
    taken |= {path.stem for path in (root / RULES_DIR).glob("*.md")}
    taken |= ever_published(root) or set()
    return taken


def next_free_id(root: Path, prefix: str) -> str:
    """The next unused ID of a family (`ARCH` -> `ARCH-12`); old numbers stay taken."""
    family = prefix.strip().upper().rstrip("-")
    if family not in (*AREA_BY_PREFIX, ANTI_PATTERN_PREFIX):
        known = ", ".join((ANTI_PATTERN_PREFIX, *AREA_BY_PREFIX))
        raise ScaffoldError(f"'{prefix}' is not an ID family: use one of {known}")
    numbers = [0]
    for taken in taken_ids(root):
        try:
            taken_family, number = parse_rule_id(taken)
        except RuleIdError:
            continue
        if taken_family == family:
            numbers.append(number)
    return format_rule_id(family, max(numbers) + 1)


def new_rule(root: Path, rule_id: str, title: str) -> list[Path]:
    """Create the page and examples of a new draft rule and publish its ID."""
    try:
        family, _number = parse_rule_id(rule_id)
    except RuleIdError as error:
        raise ScaffoldError(str(error)) from None
    if rule_id in taken_ids(root):
        raise ScaffoldError(
            f"{rule_id} exists or was published before, and IDs are never reused: "
            f"take the next free one ('rulebook new {family} --next')"
        )
    title = title.strip()
    if not title or title.endswith("."):
        raise ScaffoldError("give a short --title without a final full stop")
    area = AREA_BY_PREFIX.get(family)
    fields = {
        "rule_id": rule_id,
        "title": title,
        "since": version("rulebook"),
        "area": str(area) if area else f"{PLACEHOLDER} (one of the areas)",
        "fill": PLACEHOLDER,
    }
    created = {
        root / RULES_DIR / f"{rule_id}.md": _PAGE.format(**fields),
        root / SNIPPETS_DIR / rule_id / "good.py": _GOOD.format(**fields),
        root / SNIPPETS_DIR / rule_id / "bad.py": _BAD.format(**fields),
    }
    for path, text in created.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    registry = root / REGISTRY_FILE
    text = registry.read_text()
    registry.write_text(text + ("" if text.endswith("\n") else "\n") + rule_id + "\n")
    return [*created, registry]
