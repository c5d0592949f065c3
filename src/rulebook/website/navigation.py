"""The site's navigation, written out in full so that every engine shows the same one.

`mkdocs.yml` lists the hand-written pages. Here the rule pages join the section that
holds `rules/index.md`, grouped by ID family, and the gate pages join the section that
holds `gates/index.md`, right after its first page. MkDocs' nav format is plain data
(lists of paths and one-key mappings), which ProperDocs and Zensical read too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rulebook.rules.loader import Rulebook
from rulebook.rules.model import Rule
from rulebook.website.render import doc_path, family_title

NavItem = str | dict[str, Any]
"""A page path (relative to the docs folder) or a one-key mapping: title to a path or
to a list of items."""


class NavError(ValueError):
    """`mkdocs.yml`'s nav has no place for the rule or gate pages."""


def full_nav(nav: list[NavItem], rulebook: Rulebook) -> list[NavItem]:
    """`nav` from `mkdocs.yml` with every rule and gate page placed in it.

    Raises `NavError` when no section holds `rules/index.md`, since the rule pages
    would then be missing from the navigation.
    """
    placed = {"rules": False}

    def expand(items: list[NavItem]) -> list[NavItem]:
        paths = {_path(item) for item in items}
        result = [_expand_item(item, expand) for item in items]
        if "rules/index.md" in paths:
            placed["rules"] = True
            result += _family_sections(rulebook.rules)
        if "gates/index.md" in paths:
            gates = [
                doc_path(entry)
                for entry in rulebook.entries
                if entry.page.name == f"{entry.id}.md"
            ]
            result[1:1] = gates
        return result

    expanded = expand(nav)
    if not placed["rules"]:
        raise NavError(
            "mkdocs.yml: nav has no section listing rules/index.md; add it so the "
            "rule pages have a place in the navigation"
        )
    return expanded


def _expand_item(
    item: NavItem, expand: Callable[[list[NavItem]], list[NavItem]]
) -> NavItem:
    if isinstance(item, dict):
        return {
            title: expand(value) if isinstance(value, list) else value
            for title, value in item.items()
        }
    return item


def _path(item: NavItem) -> str | None:
    if isinstance(item, str):
        return item
    values = list(item.values())
    return values[0] if len(values) == 1 and isinstance(values[0], str) else None


def _family_sections(rules: tuple[Rule, ...]) -> list[NavItem]:
    grouped: dict[str, list[NavItem]] = {}
    for rule in rules:
        grouped.setdefault(family_title(rule), []).append(doc_path(rule))
    return [{title: pages} for title, pages in grouped.items()]
