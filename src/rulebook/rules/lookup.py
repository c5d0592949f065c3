"""Find rules and entries by ID in any case, suggest near misses, filter the rules."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from rulebook.rules.ids import normalize_id
from rulebook.rules.loader import Rulebook
from rulebook.rules.model import Entry, Rule


def find(rulebook: Rulebook, text: str) -> Rule | Entry | None:
    """The rule or entry with this ID, typed in any case, or None."""
    wanted = normalize_id(text)
    return rulebook.by_id().get(wanted) or rulebook.entries_by_id().get(wanted)


def suggestions(rulebook: Rulebook, text: str, limit: int = 5) -> list[str]:
    """Published IDs that look like `text`, closest first."""
    wanted = normalize_id(text)
    ids = list(rulebook.published_ids())
    close = difflib.get_close_matches(wanted, ids, n=limit, cutoff=0.6)
    same_family = [
        item for item in ids if item.rsplit("-", 1)[0] == wanted.rsplit("-", 1)[0]
    ]
    ordered = list(dict.fromkeys(close + same_family))
    return ordered[:limit]


@dataclass(frozen=True)
class RuleFilter:
    """The rule index's filters; an empty field matches everything."""

    level: str = ""
    area: str = ""
    status: str = ""
    enforcement: str = ""
    """`tool` for rules some tool enforces, `review` for review-only rules."""
    text: str = ""

    def matches(self, rule: Rule) -> bool:
        """Whether the rule passes every filter that is set."""
        enforcement = "tool" if rule.enforced_by.is_automated else "review"
        fields = {
            self.level: str(rule.level),
            self.area: str(rule.area),
            self.status: str(rule.status),
            self.enforcement: enforcement,
        }
        if any(
            wanted and wanted.lower() != actual for wanted, actual in fields.items()
        ):
            return False
        haystack = " ".join((rule.id, rule.title, rule.statement)).lower()
        return self.text.lower() in haystack


def filter_rules(rulebook: Rulebook, rule_filter: RuleFilter) -> list[Rule]:
    """The rules that match, in rulebook order."""
    return [rule for rule in rulebook.rules if rule_filter.matches(rule)]
