"""Load every rule page and its examples, validate them, report every problem."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from rulebook.check.detectors import all_detectors
from rulebook.proof.ruff import known_rules
from rulebook.rules.decisions import (
    DECISIONS_PAGE,
    read_decisions,
    undeclared_decision_problems,
)
from rulebook.rules.docs_tree import source_pages
from rulebook.rules.gates import (
    GATES_DIR,
    HARDENING_PAGE,
    citation_problems,
    load_entries,
)
from rulebook.rules.ids import (
    ANTI_PATTERN_PREFIX,
    AREA_BY_PREFIX,
    parse_rule_id,
)
from rulebook.rules.model import Entry, Rule
from rulebook.rules.problems import Problem, RulebookInvalidError
from rulebook.rules.registry import (
    ever_published,
    read_registry,
    registry_problems,
    removed_ids,
)
from rulebook.rules.rule_page import (
    RULES_DIR,
    SNIPPETS_DIR,
    RulePageReader,
)
from rulebook.validate.history import HistoryUnavailableError, history_problem
from rulebook.validate.prose_links import link_problems
from rulebook.validate.release import project_version, unreleased_since
from rulebook.validate.retirement import retired_in_history, returned_rules
from rulebook.validate.safety import page_problems
from rulebook.validate.snippet_files import stray_snippet_files
from rulebook.validate.text_format import read_page

INDEX_PAGES = frozenset({"index.md"})


@dataclass(frozen=True)
class Rulebook:
    """Every rule and gate entry that loaded, and every problem found on the way."""

    root: Path
    rules: tuple[Rule, ...]
    problems: tuple[Problem, ...]
    entries: tuple[Entry, ...] = ()

    def by_id(self) -> dict[str, Rule]:
        """The rules keyed by ID."""
        return {rule.id: rule for rule in self.rules}

    def entries_by_id(self) -> dict[str, Entry]:
        """The gates, tiers and codes keyed by ID."""
        return {entry.id: entry for entry in self.entries}

    def citing(self, rule_id: str) -> tuple[Entry, ...]:
        """The gates and codes that cite a rule, in publication order."""
        return tuple(entry for entry in self.entries if rule_id in entry.cites)

    def published_ids(self) -> tuple[str, ...]:
        """Every ID with a page or anchor on the site: rules first, then entries."""
        return (*(rule.id for rule in self.rules), *(e.id for e in self.entries))

    def raise_for_problems(self) -> None:
        """Raise `RulebookInvalidError` listing every problem, if there is any."""
        if self.problems:
            raise RulebookInvalidError(list(self.problems), self.root)


def load_rulebook(
    root: Path, *, ruff_codes: Callable[[], Mapping[str, object]] = known_rules
) -> Rulebook:
    """Read `docs/rules/*.md` and `snippets/` under `root`; never stop at a problem."""
    problems: list[Problem] = []
    rules: list[Rule] = []
    pages = sorted(
        path for path in (root / RULES_DIR).glob("*.md") if path.name not in INDEX_PAGES
    )
    declared: dict[str, list[tuple[Path, int]]] = {}
    for page in pages:
        reader = RulePageReader(page, root, ruff_codes)
        rule = reader.read()
        problems.extend(reader.problems)
        if reader.declared_id is not None:
            where = (page, reader.field_lines.get("id", 1))
            declared.setdefault(reader.declared_id, []).append(where)
        if rule is not None:
            rules.append(rule)
    problems.extend(_duplicate_ids(declared))
    page_ids = {page.stem for page in pages}
    problems.extend(_cross_rule_problems(rules, page_ids))
    problems.extend(_orphan_snippets(root, {page.stem for page in pages}))
    entries, entry_problems = load_entries(root)
    problems.extend(entry_problems)
    # A page that failed to load still exists: citing it is not the problem to report.
    known: dict[str, object] = dict.fromkeys(page_ids)
    known.update({entry.id: entry for entry in entries})
    problems.extend(citation_problems(entries, known))
    decisions = read_decisions(root)
    problems.extend(undeclared_decision_problems(rules, decisions))
    for rule in rules:
        for decision in rule.decisions:
            if decision not in decisions:
                problems.append(
                    Problem(
                        rule.page,
                        rule.line_of("decisions"),
                        rule.id,
                        f"field 'decisions': {decision} has no section on "
                        f"{DECISIONS_PAGE}",
                        f"add '## {decision}: <title> {{ #{decision.lower()} }}' there",
                    ),
                )
    on_site = {page.stem: page for page in pages}
    on_site.update({entry.id: entry.page for entry in entries})
    # A gate page that failed to load is still there: its problems are reported.
    on_site.update({page.stem: page for page in (root / GATES_DIR).glob("PQG-*.md")})
    problems.extend(_registry_problems(root, on_site))
    problems.extend(_retirement_problems(root, rules))
    problems.extend(unreleased_since(rules, project_version(root)))
    problems.extend(stray_snippet_files(root, page_ids))
    docs = source_pages(root)
    problems.extend(_docs_page_problems(root, docs))
    link_pages = [
        page for page in docs if page.parent in {root / RULES_DIR, root / GATES_DIR}
    ]
    problems.extend(link_problems(root, link_pages))
    return Rulebook(
        root,
        tuple(sorted(rules, key=_rule_order)),
        tuple(sorted(set(problems))),
        tuple(entries),
    )


def _registry_problems(root: Path, on_site: dict[str, Path]) -> list[Problem]:
    registry, problems = read_registry(root)
    if not registry.lines and problems:
        return problems
    problems += registry_problems(registry, on_site)
    try:
        history = ever_published(root)
    except HistoryUnavailableError as error:
        check = "no published ID was removed"
        return [*problems, history_problem(registry.path, check, error)]
    return problems + removed_ids(registry, history)


def _docs_page_problems(root: Path, docs: list[Path]) -> list[Problem]:
    """Unsafe content on every page but rule pages, which `RulePageReader` checks.

    Gate pages and the hardening page are read (and their format checked) by `gates`.
    """
    problems: list[Problem] = []
    read_by_gates = {root / HARDENING_PAGE, *(root / GATES_DIR).glob("PQG-*.md")}
    for page in docs:
        if page.parent == root / RULES_DIR and page.name not in INDEX_PAGES:
            continue
        owner = page.stem if page.stem.startswith("PQG-") else ""
        text, format_problems = read_page(page, owner)
        if page not in read_by_gates:
            problems += format_problems
        problems += page_problems(page, text, owner)
    return problems


def _retirement_problems(root: Path, rules: list[Rule]) -> list[Problem]:
    try:
        retired = retired_in_history(root)
    except HistoryUnavailableError as error:
        check = "no retired rule came back"
        return [history_problem(root / RULES_DIR, check, error)]
    return returned_rules(rules, retired)


def load_valid_rulebook(root: Path) -> Rulebook:
    """Load the rulebook and raise `RulebookInvalidError` if anything is wrong."""
    rulebook = load_rulebook(root)
    rulebook.raise_for_problems()
    return rulebook


def _rule_order(rule: Rule) -> tuple[int, str, int]:
    prefix, number = parse_rule_id(rule.id)
    families = [ANTI_PATTERN_PREFIX, *AREA_BY_PREFIX]
    return families.index(prefix), prefix, number


def _check_owners(rules: list[Rule]) -> list[Problem]:
    """Each ruff code and each detector reports under exactly one rule.

    `rulebook check` reports a ruff code under the rule that declares it; two rules
    declaring one code would report every hit twice. A detector belongs to the rule
    its module names (`RULE_ID`). (That every detector is declared by its rule is
    a property of this rulebook, tested in tests/suites/test_rulebook.py.)
    """
    problems: list[Problem] = []
    owner: dict[str, str] = {}
    detectors = all_detectors()
    for rule in rules:
        for code in rule.enforced_by.ruff:
            first = owner.setdefault(code, rule.id)
            if first != rule.id:
                problems.append(
                    Problem(
                        rule.page,
                        rule.line_of("enforced_by"),
                        rule.id,
                        f"ruff {code} is already declared by {first}; a code reports "
                        "under one rule only",
                        f"drop {code} here and say in Enforcement that {first}'s "
                        "check covers it, or move it",
                    )
                )
        for name in rule.enforced_by.rulebook:
            detector = detectors.get(name)
            if detector is not None and detector.rule_id != rule.id:
                problems.append(
                    Problem(
                        rule.page,
                        rule.line_of("enforced_by"),
                        rule.id,
                        f"the {name} detector belongs to {detector.rule_id}",
                        f"declare it on {detector.rule_id}'s page only",
                    )
                )
    return problems


def _cross_rule_problems(rules: list[Rule], known: set[str]) -> list[Problem]:
    """Problems only visible across rules: unknown related IDs, unknown marker IDs."""
    problems: list[Problem] = _check_owners(rules)
    for rule in rules:
        for name, ids in (("related", rule.related), ("replaced_by", rule.replaced_by)):
            for other in ids:
                if other not in known:
                    problems.append(
                        Problem(
                            rule.page,
                            rule.line_of(name),
                            rule.id,
                            f"field '{name}': unknown rule ID '{other}'",
                            "use the ID of an existing rule page",
                        )
                    )
        for example in rule.examples:
            for marker in example.markers():
                if marker.rule_id not in known:
                    problems.append(
                        Problem(
                            marker.path,
                            marker.line,
                            rule.id,
                            f"marker names unknown rule ID '{marker.rule_id}'",
                            "mark the line with an existing rule ID",
                        )
                    )
    return problems


def _duplicate_ids(declared: dict[str, list[tuple[Path, int]]]) -> list[Problem]:
    problems: list[Problem] = []
    for rule_id, places in declared.items():
        if len(places) < 2:
            continue
        names = ", ".join(page.name for page, _line in places)
        for page, line in places:
            problems.append(
                Problem(
                    page,
                    line,
                    rule_id,
                    f"duplicate ID: '{rule_id}' is declared by {names}",
                    "give each rule its own ID; 'rulebook new AREA --next' "
                    "tells the next free one",
                )
            )
    return problems


def _orphan_snippets(root: Path, page_ids: set[str]) -> list[Problem]:
    snippets = root / SNIPPETS_DIR
    if not snippets.is_dir():
        return []
    return [
        Problem(
            folder,
            1,
            folder.name,
            f"examples for '{folder.name}' but no rule page",
            f"add {RULES_DIR / (folder.name + '.md')} or delete the folder",
        )
        for folder in sorted(snippets.iterdir())
        if folder.is_dir()
        and folder.name not in page_ids
        and not folder.name.startswith("_")
    ]
