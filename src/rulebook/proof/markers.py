"""Prove the `# [ID]` markers of every example against what `rulebook check` reports.

The checker (its detectors and every ruff code a rule declares) runs once over all of
`snippets/`. Then, like pylint's message documentation tests, the findings on each BAD
example must equal its markers of enforced rules, line for line and rule for rule, and
a GOOD example must have no finding at all, unless its page's Exceptions section names
the rule. Markers of review-only rules cannot be checked by a tool, so they get the
checks that can fail: the marked line is code, and GOOD does not hold it unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path

from rulebook.check.catalogue import Catalogue, catalogue_of
from rulebook.check.config import read_config
from rulebook.check.finding import META_RULE, Finding
from rulebook.check.runner import CheckRequest, check
from rulebook.rules.examples import MARKER, Example, Kind
from rulebook.rules.loader import Rulebook
from rulebook.rules.model import Rule
from rulebook.rules.rule_page import SNIPPETS_DIR
from rulebook.website.export import read_site_url

Place = tuple[Path, int, str]
"""A marked or reported place: file (relative to the root), line, rule ID."""


def rulebook_catalogue(rulebook: Rulebook) -> Catalogue:
    """The checker's catalogue for the rulebook as loaded (not the packaged copy).

    Links use `site_url` from `mkdocs.yml`, or stay relative (`r/ID/`) without one.
    """
    has_config = (rulebook.root / "mkdocs.yml").is_file()
    return catalogue_of(
        rulebook.rules, read_site_url(rulebook.root) if has_config else ""
    )


def check_snippets(rulebook: Rulebook) -> list[Finding]:
    """Every finding of `rulebook check` over `snippets/`, with the root's config."""
    root = rulebook.root
    result = check(
        CheckRequest(
            paths=(root / SNIPPETS_DIR,),
            root=root,
            catalogue=rulebook_catalogue(rulebook),
            config=read_config(root / "pyproject.toml"),
        )
    )
    if result.errors:
        raise ValueError("rulebook check could not run: " + "; ".join(result.errors))
    return result.findings


def enforced_ids(rulebook: Rulebook) -> set[str]:
    """Rules some tool enforces: a declared ruff code or rulebook check."""
    return {rule.id for rule in rulebook.rules if rule.enforced_by.is_automated}


@cache
def _relative(path: Path, root: Path) -> Path:
    """`path` (absolute, or relative to `root`) relative to `root`, resolved.

    Cached: every example's test resolves every finding's path, 218 times over.
    """
    absolute = path if path.is_absolute() else root / path
    return absolute.resolve().relative_to(root.resolve())


def marker_failures(
    rule: Rule,
    example: Example,
    findings: Iterable[Finding],
    rulebook: Rulebook,
) -> list[str]:
    """Why the example's markers and the checker's findings disagree; empty if not."""
    root = rulebook.root
    enforced = enforced_ids(rulebook)
    files = {_relative(path, root) for path in example.files}
    mine = [f for f in findings if _relative(f.path, root) in files]
    failures: list[str] = []
    if example.kind is Kind.GOOD:
        return _good_failures(rule, mine, rulebook)
    markers = [
        (_relative(marker.path, root), marker.line, marker.rule_id)
        for marker in example.markers()
    ]
    for path, line, rule_id in markers:
        if rule_id not in enforced and rule_id != rule.id:
            failures.append(
                f"{path}:{line}: marks [{rule_id}], a review-only rule that no tool "
                f"checks; only {rule.id} or an enforced rule may be marked here"
            )
    expected = Counter(place for place in markers if place[2] in enforced)
    # Several ruff codes may report one line; each marked place counts once. A
    # detector that reports one place twice is a bug, and fails below.
    actual = Counter(
        {
            (_relative(f.path, root), f.line, f.rule_id): 1
            for f in mine
            if f.rule_id != META_RULE
        }
    )
    twice = Counter(
        (_relative(f.path, root), f.line, f.rule_id, f.check)
        for f in mine
        if f.rule_id != META_RULE and not _is_ruff_code(f.check)
    )
    for (path, line, rule_id, name), count in sorted(twice.items()):
        if count > 1:
            failures.append(
                f"{path}:{line}: the {name} detector reports {rule_id} {count} times "
                "on one line; report each violation once"
            )
    for finding in mine:
        if finding.rule_id == META_RULE:
            failures.append(f"{_where(finding, root)}: {finding.message}")
    for path, line, rule_id in sorted(actual - expected):
        shown = [
            f"{f.check}: {f.message}"
            for f in mine
            if (_relative(f.path, root), f.line, f.rule_id) == (path, line, rule_id)
        ]
        failures.append(
            f"{path}:{line}: rulebook check reports {rule_id} here ({'; '.join(shown)})"
            " but the line is not marked "
            f"'# [{rule_id}]'; mark it if it is the violation, or change the example"
        )
    for (path, line, rule_id), _count in sorted((expected - actual).items()):
        failures.append(
            f"{path}:{line}: marked '# [{rule_id}]' but rulebook check reports no "
            f"{rule_id} there; move the marker to the line it reports, or fix the "
            "detector"
        )
    failures += _silent_declarations(rule, example, findings, root)
    if rule.id not in enforced:
        failures += _review_only_failures(rule, example, root)
    return failures


def _silent_declarations(
    rule: Rule, example: Example, findings: Iterable[Finding], root: Path
) -> list[str]:
    """Each declared ruff code and check must fire on one of the rule's BAD examples.

    A declaration belongs to the rule, and a check may read one framework only (a
    Celery check fires on the Django BAD, `RUF006` on the FastAPI one). So the codes
    are checked across every BAD of the rule, and reported once, at the first BAD
    with Python in it.
    """
    bads = [pair.bad for pair in rule.pairs if pair.bad.python_files]
    if not bads or example != bads[0]:
        return []
    files = {_relative(path, root) for bad in bads for path in bad.files}
    fired = {
        f.check
        for f in findings
        if f.rule_id == rule.id and _relative(f.path, root) in files
    }
    return [
        f"{_relative(example.entry, root)}: {rule.id} declares {code}, which never "
        "fires on any of its BAD examples; show that violation or drop the declaration"
        for code in (*rule.enforced_by.ruff, *rule.enforced_by.rulebook)
        if code not in fired
    ]


def _good_failures(
    rule: Rule, findings: list[Finding], rulebook: Rulebook
) -> list[str]:
    """GOOD obeys every rule, except those its page's Exceptions section names."""
    excepted = _excepted_rules(rule, rulebook.by_id())
    return [
        f"{_where(finding, rulebook.root)}: the GOOD example breaks {finding.rule_id} "
        f"({finding.check}: {finding.message}); rewrite the example, or name "
        f"{finding.rule_id} in the page's Exceptions section if it truly is one"
        for finding in findings
        if finding.rule_id not in excepted
    ]


def _review_only_failures(rule: Rule, bad: Example, root: Path) -> list[str]:
    """A review-only rule's markers sit on code that GOOD does not hold unchanged.

    GOOD is the one of the same framework: a Django BAD is compared with Django's GOOD.
    """
    pair = rule.pair(bad.framework)
    good = pair.good if pair is not None else rule.good
    good_lines = {
        _unmarked(line)
        for path in good.files
        for line in path.read_text(errors="replace").splitlines()
    }
    failures: list[str] = []
    for marker in bad.markers():
        if marker.rule_id != rule.id:
            continue
        text = marker.path.read_text(errors="replace").splitlines()[marker.line - 1]
        code = _unmarked(text)
        where = f"{_relative(marker.path, root)}:{marker.line}"
        if not code or code.startswith(("#", "<!--")):
            failures.append(
                f"{where}: the marker sits on a line with no code; put it at the end "
                "of the offending line"
            )
        elif code in good_lines:
            failures.append(
                f"{where}: the marked line also appears unchanged in the GOOD "
                "example, so it cannot be what breaks the rule; mark the line that "
                "differs"
            )
    return failures


def _is_ruff_code(check: str) -> bool:
    return check[:1].isupper() and check[-1:].isdigit()


def _unmarked(line: str) -> str:
    return MARKER.sub("", line).strip()


def _excepted_rules(rule: Rule, by_id: Mapping[str, Rule]) -> set[str]:
    """Rules the page's Exceptions section names: GOOD may break those."""
    return {other for other in by_id if other in rule.exceptions and other != rule.id}


def _where(finding: Finding, root: Path) -> str:
    return f"{_relative(finding.path, root)}:{finding.line}"
