"""Resolve what a person typed or pasted to a rule, entry or family; filter the rules.

The grammar is the one the site's short links serve, so anything that lands on `/r/`
resolves here too:

- an ID in any case: `AP-PY03`, `pqg-1`, `PYPH2-FAIL-01`, `WARN-PYTHON-...` codes;
- a family, listing its members: `AP-PY`, `DATA` (or `DATA-`), `PYPH2-FAIL`, `TIER`;
- the forms reviewers paste: `AP-PY03:`, `[AP-PY03]`, `(AP-PY03)`, `` `AP-PY03` ``, a
  heading `AP-PY03: title`, a review link `[AP-PY03: title](https://host/r/AP-PY03/)`;
- short and full URLs: `https://host/r/AP-PY03/`, `/r/ap-py03/#why`,
  `https://host/rules/AP-PY03/`, `https://host/gates/hardening/#pyph2-fail-01`.

Anything else is `Unknown`: near IDs are suggested closest first, comparing numbers as
numbers (`AP-PY3` is `AP-PY03`); input that is words rather than an ID is told apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from rulebook.rules.ids import ANTI_PATTERN_PREFIX, normalize_id
from rulebook.rules.loader import Rulebook
from rulebook.rules.model import Entry, Rule

_MARKDOWN_LINK = re.compile(r"\[[^\]]*\]\((?P<url>[^)\s]*)\)")
_OPENERS = "[(<`'\"\u201c\u2018 \t"
_CLOSERS = "])>`'\"\u201d\u2019:;,. \t"
_PATH_MARKERS = ("r", "rules", "gates")
"""The site folders whose next path segment is an ID: short links, rules, gates."""
_PAGE_SUFFIX = ".md"
_ID_LIKE = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-?")
_NUMBERED = re.compile(r"(?P<stem>.*?)(?P<number>\d+)")
_LONGEST_GUESS = 80
"""Input longer than this is no typo of an ID: no suggestions are worked out for it."""


@dataclass(frozen=True)
class Family:
    """The IDs that start with a family prefix such as `AP-PY` or `PYPH2-FAIL`."""

    name: str
    members: tuple[Rule | Entry, ...]

    @property
    def rules(self) -> tuple[Rule, ...]:
        """The members that are rules."""
        return tuple(item for item in self.members if isinstance(item, Rule))

    @property
    def entries(self) -> tuple[Entry, ...]:
        """The members that are gates, tiers or codes."""
        return tuple(item for item in self.members if isinstance(item, Entry))


@dataclass(frozen=True)
class Unknown:
    """Input that names no published ID or family."""

    typed: str
    """What the person gave, as given."""
    read: str
    """What the grammar read from it, case kept: `""` if it holds no ID at all."""
    suggestions: tuple[str, ...]
    """Published IDs close to it, closest first."""

    @property
    def is_words(self) -> bool:
        """Whether it reads as words to search for rather than as a mistyped ID."""
        has_words = any(char.isalnum() for char in self.read)
        return has_words and not self.ids and not _looks_like_id(self.wanted)

    @property
    def wanted(self) -> str:
        """What was read, in the canonical spelling of an ID."""
        return normalize_id(self.read)

    @property
    def ids(self) -> tuple[str, ...]:
        """The ID-shaped words, when there are several: `AP-PY03 AP-PY04` names two."""
        words = tuple(word for word in self.wanted.split() if _looks_like_id(word))
        return words if len(self.wanted.split()) > 1 else ()


def read_lookup(text: str) -> str:
    """The ID, family or words in what a person typed or pasted, with its case kept.

    `[AP-PY03: title](https://host/r/AP-PY03/)` gives `AP-PY03`, `/r/ap-py03/#why`
    gives `ap-py03`, `(AP-PY03):` gives `AP-PY03`; text with no ID gives `""`.
    """
    # Copying from a page can bring invisible characters such as a zero-width space.
    text = "".join(char for char in text if char.isprintable() or char.isspace())
    text = text.strip()
    link = _MARKDOWN_LINK.fullmatch(text)
    if link:
        text = link["url"]
    text = text.lstrip(_OPENERS).rstrip(_CLOSERS)
    if "/" in text:
        return _from_url(text)
    before_colon = text.split(":", 1)[0]
    return before_colon.lstrip(_OPENERS).rstrip(_CLOSERS)


def resolve(rulebook: Rulebook, text: str) -> Rule | Entry | Family | Unknown:
    """The rule, entry or family that `text` names, or why it names none."""
    read = read_lookup(text)
    wanted = normalize_id(read)
    found = _by_id(rulebook, wanted)
    if found is not None:
        return found
    members = families(rulebook).get(wanted.rstrip("-"))
    if members:
        return Family(wanted.rstrip("-"), members)
    return Unknown(text, read, tuple(_near(rulebook, wanted)))


def find(rulebook: Rulebook, text: str) -> Rule | Entry | None:
    """The rule or entry that `text` names (any case, pasted forms, URLs), or None."""
    return _by_id(rulebook, normalize_id(read_lookup(text)))


def families(rulebook: Rulebook) -> dict[str, tuple[Rule | Entry, ...]]:
    """Each family prefix with its members in publication order.

    A family is every part of an ID before one of its hyphens (`PYPH2` and `PYPH2-FAIL`
    for `PYPH2-FAIL-01`), and `AP-PY` for the anti-patterns.
    """
    grouped: dict[str, list[Rule | Entry]] = {}
    items: list[Rule | Entry] = [*rulebook.rules, *rulebook.entries]
    for item in items:
        prefixes = [item.id[:at] for at, char in enumerate(item.id) if char == "-"]
        if isinstance(item, Rule) and item.is_anti_pattern:
            prefixes.append(ANTI_PATTERN_PREFIX)
        for prefix in dict.fromkeys(prefixes):
            grouped.setdefault(prefix, []).append(item)
    return {prefix: tuple(members) for prefix, members in grouped.items()}


def suggestions(rulebook: Rulebook, text: str, limit: int = 5) -> list[str]:
    """Published IDs that look like `text`, closest first."""
    return _near(rulebook, normalize_id(read_lookup(text)), limit)


def _by_id(rulebook: Rulebook, wanted: str) -> Rule | Entry | None:
    return rulebook.by_id().get(wanted) or rulebook.entries_by_id().get(wanted)


def _from_url(text: str) -> str:
    """The ID in a URL or path: after `r/`, `rules/` or `gates/`, else the last part."""
    parts = urlsplit(text)
    segments = [unquote(segment) for segment in parts.path.split("/") if segment]
    fragment = unquote(parts.fragment)
    if segments and segments[-1].lower() in _PATH_MARKERS:
        return ""  # the folder of short links or rules, with no ID after it
    for at in range(len(segments) - 2, -1, -1):
        if segments[at].lower() in _PATH_MARKERS:
            segment = _page_name(segments[at + 1])
            if segments[at].lower() == "gates" and not _looks_like_id(
                normalize_id(segment)
            ):
                return fragment  # a section of a gates page: `hardening/#tier-low`
            return segment
    return _page_name(segments[-1]) if segments else fragment


def _page_name(segment: str) -> str:
    """A page's name without `.md`, so source paths (`docs/rules/X.md`) resolve."""
    if segment.lower().endswith(_PAGE_SUFFIX):
        return segment[: -len(_PAGE_SUFFIX)]
    return segment


def _looks_like_id(text: str) -> bool:
    """Whether upper-case `text` is shaped like an ID: `AP-PY3`, `DATA01`, not `ZZZ`."""
    shaped = _ID_LIKE.fullmatch(text) is not None
    return shaped and ("-" in text or any(char.isdigit() for char in text))


def _near(rulebook: Rulebook, wanted: str, limit: int = 5) -> list[str]:
    """Published IDs close to `wanted`: same number first, then fewest edits."""
    if not _looks_like_id(wanted) or len(wanted) > _LONGEST_GUESS:
        return []
    ranked: list[tuple[tuple[int, int, int, int], str]] = []
    for order, item_id in enumerate(rulebook.published_ids()):
        distance = _IdDistance.between(wanted, item_id)
        if distance.same_family or distance.edits <= _tolerated_edits(item_id):
            key = (distance.edits, not distance.same_family, distance.gap, order)
            ranked.append((key, item_id))
    return [item_id for _key, item_id in sorted(ranked)[:limit]]


def _tolerated_edits(item_id: str) -> int:
    """How many typos make another family's ID still worth suggesting."""
    return min(2, len(item_id) // 4)


@dataclass(frozen=True)
class _IdDistance:
    """How far a typed ID is from a published one, comparing numbers as numbers."""

    edits: int
    same_family: bool
    gap: int
    """How far apart the two numbers are, in the same family; else a large number."""

    @classmethod
    def between(cls, wanted: str, item_id: str) -> _IdDistance:
        typed, published = _NUMBERED.fullmatch(wanted), _NUMBERED.fullmatch(item_id)
        if typed and published and _bare(typed["stem"]) == _bare(published["stem"]):
            width = len(published["number"])
            padded = published["stem"] + str(int(typed["number"])).zfill(width)
            gap = abs(int(typed["number"]) - int(published["number"]))
            return cls(_edits(padded, item_id), same_family=True, gap=gap)
        same_family = _family_of(wanted) == _family_of(item_id)
        return cls(_edits(wanted, item_id), same_family=same_family, gap=10**9)


def _bare(stem: str) -> str:
    """A family stem without hyphens: `AP-PY` and `APPY`, `DATA-` and `DATA` agree."""
    return stem.replace("-", "")


def _family_of(item_id: str) -> str:
    return item_id.rsplit("-", 1)[0]


def _edits(first: str, second: str) -> int:
    """Edits (insert, delete, replace, swap neighbours) turning one into the other."""
    previous2: list[int] = []
    previous = list(range(len(second) + 1))
    for row, char in enumerate(first, start=1):
        current = [row]
        for column, other in enumerate(second, start=1):
            cost = 0 if char == other else 1
            best = min(
                previous[column] + 1, current[-1] + 1, previous[column - 1] + cost
            )
            swapped = row > 1 and column > 1 and char == second[column - 2]
            if swapped and first[row - 2] == other:
                best = min(best, previous2[column - 2] + 1)
            current.append(best)
        previous2, previous = previous, current
    return previous[-1]


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
