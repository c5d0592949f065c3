"""The one shape of a `rulebook check` finding: where, which rule, what, and the fix.

Names follow SARIF 2.1.0 and lint tools: a *finding* is one result of one *rule*,
located at a *path* (relative to the project root), a 1-based *line* and *column*.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

PARSE_ERROR = "parse-error"
"""The check name of a file that could not be read or parsed."""
UNUSED_SUPPRESSION = "unused-suppression"
"""The check name of a `# rulebook: ignore[...]` comment that suppressed nothing."""
INVALID_SUPPRESSION = "invalid-suppression"
"""The check name of a suppression comment without a reason or with an unknown ID."""
META_RULE = "RULEBOOK"
"""The rule ID under which the checker reports problems with its input, not the code."""


@dataclass(frozen=True, order=True)
class Hit:
    """What a detector returns: a line and column in its module, and a message.

    Detectors return hits, never findings: the runner adds the path and the rule ID.
    """

    line: int
    column: int
    message: str

    @classmethod
    def at(cls, node: ast.AST, message: str) -> Hit:
        """A hit at the start of `node` (columns are 1-based, like ruff's)."""
        line = int(getattr(node, "lineno", 1))
        column = int(getattr(node, "col_offset", 0)) + 1
        return cls(line, column, message)


@dataclass(frozen=True, order=True)
class Finding:
    """One violation of one rule at one place.

    `path` is relative to the project root when the file lies under it. `check` names
    what found it: a detector name (`blocking-io-in-async`), a ruff code (`BLE001`), or
    one of the meta checks above.
    """

    path: Path
    line: int
    column: int
    rule_id: str
    check: str
    message: str

    def format(self) -> str:
        """`path:line:col: ID message [check]`, the text format's first line."""
        return (
            f"{self.path.as_posix()}:{self.line}:{self.column}: {self.rule_id} "
            f"{self.message} [{self.check}]"
        )
