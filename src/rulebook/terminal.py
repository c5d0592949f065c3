"""Format rules, entries, families and failed lookups as text, like `ruff rule`."""

from __future__ import annotations

import shlex
import textwrap
from collections.abc import Mapping
from pathlib import Path

from rulebook.proof.ruff import RuffRule
from rulebook.rules.examples import ExamplePair
from rulebook.rules.lookup import Family, Unknown
from rulebook.rules.model import Entry, Rule, Status
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
        f"{rule.level} · {rule.area} · published in {rule.since} · {_status(rule)}",
        _wrap(rule.statement),
        "Why\n" + _indent(rule.why),
        "Enforced by\n" + "\n".join(_indent(line) for line in enforcement),
        f"{site_url}{short_path(rule.id)}",
    ]
    return "\n\n".join(parts) + "\n"


def format_pair(rule: Rule, pair: ExamplePair, root: Path) -> str:
    """A rule's GOOD and BAD examples in one framework, every file in full.

    Each file is headed by its side, its framework and its path relative to `root`,
    such as `Django GOOD: snippets/AP-PY14/django/good.py`.
    """
    parts = [f"{rule.heading} ({pair.framework.label} examples)"]
    for example in pair.examples:
        for path in example.files:
            shown = path.relative_to(root) if path.is_relative_to(root) else path
            heading = f"{pair.framework.label} {example.kind.upper()}: {shown}"
            parts.append(heading + "\n\n" + textwrap.indent(path.read_text(), "    "))
    return "\n\n".join(part.rstrip("\n") for part in parts) + "\n"


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
        + (f" ({_replacement(rule)})" if _is_retired(rule) else "")
        for rule in rules
    ]
    return "\n".join(lines) + ("\n" if lines else "")


def format_family(family: Family) -> str:
    """A family's members, one per line, and how to show one of them."""
    kinds = {
        "rule" if isinstance(item, Rule) else str(item.kind) for item in family.members
    }
    noun = kinds.pop() if len(kinds) == 1 else "ID"
    count = len(family.members)
    lines = [f"{family.name}: {count} {noun}{'' if count == 1 else 's'}", ""]
    if family.rules:
        lines.append(format_table(list(family.rules)).rstrip("\n"))
    width = max((len(entry.id) for entry in family.entries), default=0)
    lines += [f"{entry.id:<{width}}  {entry.title}" for entry in family.entries]
    lines += ["", f"One in full: rulebook rule {family.members[0].id}"]
    return "\n".join(lines) + "\n"


def format_unknown(unknown: Unknown) -> str:
    """Why the input names nothing, and what to type instead."""
    shown = unknown.typed.strip()
    shown = shown if shown.isprintable() else repr(shown)[1:-1]  # `\x07`, not a bell
    if not unknown.read:
        return (
            f"rulebook: no ID in '{shown}': give an ID (AP-PY03), a family (AP-PY) "
            "or a short link (https://.../r/AP-PY03/)"
        )
    if unknown.ids:
        return (
            f"rulebook: '{shown}' is not one ID: give one at a time, "
            f"such as: rulebook rule {unknown.ids[0]}"
        )
    if unknown.is_words:
        return (
            f"rulebook: '{shown}' is not an ID. To search IDs, titles and "
            f"statements: rulebook list {_text_option(unknown.read)}"
        )
    if unknown.suggestions:
        return (
            f"rulebook: no rule, gate or code '{shown}'. "
            f"Did you mean: {', '.join(unknown.suggestions)}?"
        )
    return f"rulebook: no rule, gate or code '{shown}'. See the rules: rulebook list"


def _text_option(words: str) -> str:
    """`--text 'words'` for a shell; `--text=-x` when the words start with a dash."""
    quoted = shlex.quote(words)
    return f"--text={quoted}" if words.startswith("-") else f"--text {quoted}"


def _status(rule: Rule) -> str:
    """`stable`, or `deprecated, replaced by AP-PY17` for a retired rule."""
    if _is_retired(rule):
        return f"{rule.status}, {_replacement(rule)}"
    return str(rule.status)


def _is_retired(rule: Rule) -> bool:
    return rule.status in {Status.DEPRECATED, Status.REMOVED}


def _replacement(rule: Rule) -> str:
    if rule.replaced_by:
        return "replaced by " + ", ".join(rule.replaced_by)
    return "no replacement"


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
