"""Export the rulebook as data: the records of `rules.json`, stable for tools.

The JSON Schema beside it (`docs/rules.schema.json`, published at the site root) is the
contract; fields are only ever added, never renamed or removed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rulebook.rules.loader import Rulebook
from rulebook.rules.model import Entry, Rule
from rulebook.website.engine_config import read_config, site_url

SCHEMA_VERSION = 1
RULES_JSON = "rules.json"
SCHEMA_FILE = "rules.schema.json"


def read_site_url(root: Path) -> str:
    """The `site_url` of `root/mkdocs.yml` (with `!ENV` resolved), ending in `/`.

    It is the one place the site's address is set. Raises `OSError` if the file is
    missing and `yaml.YAMLError` if it does not parse.
    """
    return site_url(read_config(root))


def short_path(item_id: str) -> str:
    """The short link of an ID, relative to the site root: `r/AP-PY03/`."""
    return f"r/{item_id}/"


def rule_record(rule: Rule, rulebook: Rulebook, site_url: str) -> dict[str, Any]:
    """One rule as plain data, with the frameworks its examples are shown in."""
    return {
        "id": rule.id,
        "title": rule.title,
        "statement": rule.statement,
        "level": str(rule.level),
        "area": str(rule.area),
        "status": str(rule.status),
        "since": rule.since,
        "enforcement": {
            "automated": rule.enforced_by.is_automated,
            "ruff": list(rule.enforced_by.ruff),
            "rulebook": list(rule.enforced_by.rulebook),
            "review": rule.enforced_by.review,
            "summary": rule.enforced_by.summary(),
        },
        "related": list(rule.related),
        "replaced_by": list(rule.replaced_by),
        "gates": [entry.id for entry in rulebook.citing(rule.id)],
        # The lenses a reader can pick: "fastapi" (the default pair) first, then
        # each framework with a pair of its own, such as "django".
        "frameworks": [str(framework) for framework in rule.frameworks],
        "url": site_url + rule.url_path,
        "short_url": site_url + short_path(rule.id),
    }


def entry_record(entry: Entry, site_url: str) -> dict[str, Any]:
    """One gate, tier or code as plain data."""
    return {
        "id": entry.id,
        "kind": str(entry.kind),
        "title": entry.title,
        "summary": entry.summary,
        "conditions": list(entry.conditions),
        "cites": list(entry.cites),
        "recovery": list(entry.recovery),
        "url": site_url + entry.url_path,
        "short_url": site_url + short_path(entry.id),
    }


def rulebook_document(rulebook: Rulebook, site_url: str) -> dict[str, Any]:
    """The whole `rules.json` document."""
    return {
        "$schema": site_url + SCHEMA_FILE,
        "schema_version": SCHEMA_VERSION,
        "site_url": site_url,
        "rules": [rule_record(rule, rulebook, site_url) for rule in rulebook.rules],
        "entries": [entry_record(entry, site_url) for entry in rulebook.entries],
    }


def dump(document: dict[str, Any]) -> str:
    """Stable JSON text: keys in a fixed order, two-space indent, final newline."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
