"""Format rules and entries for a terminal, the way `ruff rule` does for its codes."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

from rulebook.proof.ruff import RuffRule
from rulebook.rules.model import Entry, Rule
from rulebook.website.export import short_path

_WIDTH = 88


def format_rule(rule: Rule, ruff_rules: Mapping[str, RuffRule], site_url: str) -> str:
    """A rule's title, statement, why, enforcement and URL as plain text."""
    enforcement = [
        f"ruff {code} ({ruff_rules[code].name}): {ruff_rules[code].summary}"
        if code in ruff_rules
        else f"ruff {code}"
        for code in rule.enforced_by.ruff
    ]
    enforcement += [f"rulebook check {check}" for check in rule.enforced_by.rulebook]
    if rule.enforced_by.review:
        label = "review" if enforcement else "review only"
        enforcement.append(f"{label}: {rule.enforced_by.review}")
    parts = [
        rule.heading,
        f"{rule.level} · {rule.area} · {rule.status} since {rule.since}",
        _wrap(rule.statement),
        "Why\n" + _indent(rule.why),
        "Enforced by\n" + "\n".join(_indent(line) for line in enforcement),
        f"{site_url}{short_path(rule.id)}",
    ]
    return "\n\n".join(parts) + "\n"


def format_entry(entry: Entry, site_url: str) -> str:
    """A gate, tier or code as plain text."""
    parts = [entry.heading, str(entry.kind), _wrap(entry.summary)]
    if entry.conditions:
        label = "Fails when" if entry.applies else "Evidence required"
        parts.append(
            label + "\n" + "\n".join(f"  - {item}" for item in entry.conditions)
        )
    if entry.recovery:
        parts.append(
            "Recovery\n" + "\n".join(f"  $ {command}" for command in entry.recovery)
        )
    if entry.cites:
        parts.append("Cites: " + ", ".join(entry.cites))
    parts.append(f"{site_url}{short_path(entry.id)}")
    return "\n\n".join(parts) + "\n"


def format_table(rules: list[Rule]) -> str:
    """One line per rule: ID, level, area, status, enforcement, title."""
    lines = [
        f"{rule.id:<9} {rule.level:<6} {rule.area:<13} {rule.status:<10} "
        f"{'tool' if rule.enforced_by.is_automated else 'review':<6} {rule.title}"
        for rule in rules
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def _wrap(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=_WIDTH)


def _indent(text: str) -> str:
    paragraphs = [paragraph for paragraph in text.split("\n\n") if paragraph.strip()]
    return "\n\n".join(
        textwrap.fill(
            " ".join(paragraph.split()),
            width=_WIDTH,
            initial_indent="  ",
            subsequent_indent="  ",
        )
        if not paragraph.lstrip().startswith(("- ", "```"))
        else textwrap.indent(paragraph, "  ")
        for paragraph in paragraphs
    )
