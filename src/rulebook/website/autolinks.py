"""GitHub autolink references: one prefix per ID family, derived from the published IDs.

GitHub turns `<prefix><alphanumerics>` into a link. Where an ID continues past the first
run of letters and digits (`PYPH2-FAIL-01`), GitHub links only the start (`PYPH2-FAIL`);
the site publishes a short link for that start which lands on the family's list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rulebook.rules.ids import ANTI_PATTERN_PREFIX, EntryKind, parse_rule_id
from rulebook.rules.loader import Rulebook
from rulebook.website.export import short_path

_ENTRY_PREFIXES: dict[EntryKind, str] = {
    EntryKind.GATE: "PQG-",
    EntryKind.TIER: "TIER-",
    EntryKind.HARDENING: "PYPH2-",
    EntryKind.FAIL_CODE: "PYPH2-",
    EntryKind.WARNING: "WARN-",
}

FAMILY_LINKS: dict[str, str] = {
    "PYPH2-FAIL": "gates/hardening/#hard-fail-codes",
    "WARN-PYTHON": "gates/hardening/#warning-codes",
}
"""Short links for the part of an ID GitHub links, where that is not the whole ID."""


@dataclass(frozen=True)
class Autolink:
    """One autolink reference to configure in a GitHub repository's settings."""

    prefix: str
    ids: tuple[str, ...]

    def url_template(self, site_url: str) -> str:
        """The target URL with GitHub's `<num>` placeholder."""
        return f"{site_url}{short_path(self.prefix + '<num>')}"

    @property
    def partial_ids(self) -> tuple[str, ...]:
        """IDs GitHub links only in part: they go on past one alphanumeric run."""
        whole = re.compile(re.escape(self.prefix) + r"[A-Za-z0-9]+")
        return tuple(item for item in self.ids if not whole.fullmatch(item))


def prefix_of(item_id: str, kind: EntryKind | None) -> str:
    """The autolink prefix of an ID: `AP-PY`, or the text up to the first `-`."""
    if kind is not None:
        return _ENTRY_PREFIXES[kind]
    family, _number = parse_rule_id(item_id)
    return family if family == ANTI_PATTERN_PREFIX else f"{family}-"


def autolinks(rulebook: Rulebook) -> list[Autolink]:
    """The autolinks that together cover every published ID, in publication order."""
    grouped: dict[str, list[str]] = {}
    for rule in rulebook.rules:
        grouped.setdefault(prefix_of(rule.id, None), []).append(rule.id)
    for entry in rulebook.entries:
        grouped.setdefault(prefix_of(entry.id, entry.kind), []).append(entry.id)
    return [Autolink(prefix, tuple(ids)) for prefix, ids in grouped.items()]


def overlapping(links: list[Autolink]) -> list[tuple[str, str]]:
    """Pairs of prefixes where one starts the other; GitHub refuses such pairs."""
    prefixes = [link.prefix for link in links]
    return [
        (first, second)
        for first in prefixes
        for second in prefixes
        if first != second and second.startswith(first)
    ]


def render_autolinks(rulebook: Rulebook, site_url: str) -> str:
    """The Markdown table of autolink references for the citing page."""
    rows = []
    for link in autolinks(rulebook):
        example = link.ids[0]
        note = f"{len(link.ids)} IDs, e.g. `{example}`"
        if link.partial_ids:
            note += (
                f"; for `{link.partial_ids[0]}` GitHub links the family list, not "
                "the single code"
            )
        rows.append(f"| `{link.prefix}` | `{link.url_template(site_url)}` | {note} |")
    return (
        "| Reference prefix | Target URL | Covers |\n| --- | --- | --- |\n"
        + "\n".join(rows)
    )
