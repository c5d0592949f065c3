"""A retired rule stays retired: its ID never comes back as a live rule.

Reviews link rules by ID for years. Once a page said `status: deprecated` or
`status: removed`, old links promise the reader a retired rule; bringing the ID back as
`stable` or `draft` would make those links point at a rule nobody cited. So, over the
page's whole git history:

- once deprecated, the page's status is deprecated or removed from then on;
- once removed, it stays removed.

A different rule takes a new ID (`rulebook new AREA --next`) and the retired page names
it in `replaced_by`. Without full git history the check cannot run, and says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from rulebook.rules.model import Rule, Status
from rulebook.rules.problems import Problem
from rulebook.validate.history import git_log

RULES_DIR = Path("docs/rules")
_RETIRED = (Status.DEPRECATED, Status.REMOVED)
_FILE = re.compile(r"^\+\+\+ b/(?P<path>.+)$")
_STATUS = re.compile(r"""^\+status:\s*["']?(?P<status>[a-z]+)["']?\s*(?:#.*)?$""")


def retired_in_history(root: Path) -> dict[str, Status]:
    """The furthest retirement each rule page's history reached, by page stem.

    Raises `history.HistoryUnavailableError` without full git history.
    """
    log = git_log(root, "--format=", "--unified=0", "-p", "--", str(RULES_DIR))
    retired: dict[str, Status] = {}
    page: str | None = None
    for line in log.splitlines():
        if line.startswith("+++ "):
            match = _FILE.match(line)
            page = Path(match["path"]).stem if match else None
            continue
        status = _STATUS.match(line)
        if page is None or status is None or status["status"] not in _RETIRED:
            continue
        found = Status(status["status"])
        if _RETIRED.index(found) >= _RETIRED.index(retired.get(page, found)):
            retired[page] = found
    return retired


def returned_rules(rules: Iterable[Rule], retired: dict[str, Status]) -> list[Problem]:
    """Rules whose status went back from a retirement their history records."""
    problems: list[Problem] = []
    for rule in rules:
        was = retired.get(rule.id)
        if was is None or rule.status is was or rule.status is Status.REMOVED:
            continue
        problems.append(
            Problem(
                rule.page,
                rule.line_of("status"),
                rule.id,
                f"field 'status': {rule.id} was {was} in an earlier commit and is "
                f"{rule.status} again; a retired ID never comes back",
                f"set status: {was}; publish the new rule under a new ID ('rulebook "
                "new AREA --next') and name it in replaced_by",
            )
        )
    return problems
