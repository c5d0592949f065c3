"""Problems in the rulebook's sources, reported at once as `file:line: ID: message`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one rule, with where it is and how to fix it."""

    path: Path
    line: int
    rule_id: str
    message: str
    hint: str

    def format(self, root: Path | None = None) -> str:
        """Render as `file:line: ID: message` and a fix, the path relative to `root`."""
        path = self.path
        if root is not None and path.is_relative_to(root):
            path = path.relative_to(root)
        where = f"{path}:{self.line}"
        who = f" {self.rule_id}:" if self.rule_id else ""
        return f"{where}:{who} {self.message}\n    fix: {self.hint}"

    def to_dict(self, root: Path | None = None) -> dict[str, str | int]:
        """The problem as plain data, for `--format json`."""
        path = self.path
        if root is not None and path.is_relative_to(root):
            path = path.relative_to(root)
        return {
            "file": path.as_posix(),
            "line": self.line,
            "id": self.rule_id,
            "message": self.message,
            "hint": self.hint,
        }


class RulebookInvalidError(Exception):
    """Raised when the rulebook has problems; carries all of them."""

    def __init__(self, problems: list[Problem], root: Path | None = None) -> None:
        self.problems = sorted(problems)
        listing = "\n".join(problem.format(root) for problem in self.problems)
        count = len(self.problems)
        noun = "problem" if count == 1 else "problems"
        super().__init__(f"the rulebook has {count} {noun}:\n{listing}")


class ProblemLog:
    """The problems found while reading one rule's page and examples, in order.

    The readers of a rule page (`page_fields`, `page_sections`, `page_examples`) add
    to one log, so every problem of the rule is reported at once.
    """

    def __init__(self, page: Path, rule_id: str) -> None:
        self.page = page
        self.rule_id = rule_id
        self.problems: list[Problem] = []

    def add(self, line: int, message: str, hint: str, path: Path | None = None) -> None:
        """Record a problem at `line` of `path` (the rule page when omitted)."""
        self.problems.append(
            Problem(path or self.page, line, self.rule_id, message, hint)
        )

    def extend(self, problems: list[Problem]) -> None:
        """Record problems found by another check."""
        self.problems.extend(problems)
