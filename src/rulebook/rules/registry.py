"""The append-only list of published IDs, and the checks that keep every ID alive.

`published-ids.txt` lists every ID the rulebook has ever published. Every rule, gate,
tier and code on the site must be listed, every listed ID must still have a page (a
retired rule keeps one, marked deprecated or removed), and no line may ever be deleted:
git history is the witness.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rulebook.rules.ids import is_published_id_form
from rulebook.rules.problems import Problem
from rulebook.validate.history import git_log

REGISTRY_FILE = Path("published-ids.txt")


@dataclass(frozen=True)
class Registry:
    """The IDs listed in `published-ids.txt`, each with its line number."""

    path: Path
    lines: dict[str, int]

    @property
    def ids(self) -> tuple[str, ...]:
        """The listed IDs, in publication order."""
        return tuple(self.lines)


def read_registry(root: Path) -> tuple[Registry, list[Problem]]:
    """Read the registry, reporting malformed and repeated lines."""
    path = root / REGISTRY_FILE
    problems: list[Problem] = []
    lines: dict[str, int] = {}
    if not path.is_file():
        problems.append(
            Problem(
                path,
                1,
                "",
                "the list of published IDs is missing",
                f"create {REGISTRY_FILE} with one published ID per line",
            )
        )
        return Registry(path, lines), problems
    for number, raw in enumerate(path.read_text().splitlines(), start=1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        if not is_published_id_form(text):
            problems.append(
                Problem(
                    path,
                    number,
                    text,
                    f"'{text}' is not a rule, gate or code ID",
                    "write one ID per line, exactly as published",
                )
            )
        elif text in lines:
            problems.append(
                Problem(
                    path,
                    number,
                    text,
                    f"'{text}' is listed twice",
                    f"keep the first entry (line {lines[text]}) and drop this one",
                )
            )
        else:
            lines[text] = number
    return Registry(path, lines), problems


def registry_problems(registry: Registry, on_site: dict[str, Path]) -> list[Problem]:
    """Problems between the registry and the IDs that have a page on the site."""
    problems = [
        Problem(
            registry.path,
            line,
            rule_id,
            f"'{rule_id}' is published but has no page",
            "restore its page; to retire a rule, keep the page with status "
            "deprecated or removed and replaced_by",
        )
        for rule_id, line in registry.lines.items()
        if rule_id not in on_site
    ]
    problems += [
        Problem(
            page,
            1,
            rule_id,
            f"'{rule_id}' is not in {REGISTRY_FILE}",
            f"append '{rule_id}' to {REGISTRY_FILE} ('rulebook new' does this)",
        )
        for rule_id, page in on_site.items()
        if rule_id not in registry.lines
    ]
    return problems


def ever_published(root: Path) -> set[str]:
    """Every ID any commit added to the registry.

    Raises `history.HistoryUnavailableError` without full git history: the loader
    reports that as a problem instead of skipping the check.
    """
    log = git_log(root, "--format=", "--unified=0", "-p", "--", str(REGISTRY_FILE))
    added = set()
    for line in log.splitlines():
        if line.startswith("+") and not line.startswith("+++"):
            text = line[1:].strip()
            if text and not text.startswith("#"):
                added.add(text)
    return added


def removed_ids(registry: Registry, history: set[str]) -> list[Problem]:
    """IDs once published that the registry no longer lists: IDs never die."""
    return [
        Problem(
            registry.path,
            1,
            rule_id,
            f"'{rule_id}' was published once and is no longer listed",
            f"put '{rule_id}' back in {REGISTRY_FILE}; a published ID is never "
            "removed or renamed: retire the rule with status deprecated or removed",
        )
        for rule_id in sorted(history - set(registry.lines))
    ]
