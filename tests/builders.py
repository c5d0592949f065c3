"""Builders for tests: a throwaway one-rule rulebook that tests break on purpose."""

from __future__ import annotations

import shutil
import subprocess
import textwrap
from pathlib import Path

from rulebook.rules.ids import AREA_BY_PREFIX
from rulebook.rules.loader import load_rulebook
from rulebook.rules.problems import Problem

ROOT = Path(__file__).resolve().parents[1]

VALID_PAGE = """\
---
id: AP-PY16
title: Mutable default arguments
status: stable
since: "0.1.0"
level: must
area: typing
enforced_by:
  ruff: [B006]
related: []
sources:
  - 003 anti-patterns
---

Never use a mutable object as a default argument value.

## Why

The default is built once, when the function is defined, and shared by every call.

## How to spot it in review

- A list, dict or set literal after `=` in a parameter list.

## Enforcement

ruff's B006 reports it.

## Exceptions

None.
"""

VALID_GOOD = """\
def tags(extra: list[str] | None = None) -> list[str]:
    found = list(extra or [])
    found.append("new")
    return found


print(tags())
#> ['new']
print(tags())
#> ['new']
"""

VALID_BAD = """\
def tags(extra: list[str] = []) -> list[str]:  # [AP-PY16]
    extra.append("new")
    return extra


print(tags())
#> ['new']
print(tags())
#> ['new', 'new']
"""


class MiniRulebook:
    """A throwaway repository with one valid rule, AP-PY16, to break on purpose.

    It is a git work tree with no commit yet, like a brand-new repository: its history
    is empty, not missing (see `rulebook.validate.history`). `commit` records its state.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self.git("init", "-q")
        shutil.copyfile(ROOT / "pyproject.toml", root / "pyproject.toml")
        self.write("docs/rules/AP-PY16.md", VALID_PAGE)
        self.write("snippets/AP-PY16/good.py", VALID_GOOD)
        self.write("snippets/AP-PY16/bad.py", VALID_BAD)
        self.write("published-ids.txt", "# published IDs\nAP-PY16\n")

    def write(self, relative: str, text: str) -> Path:
        """Write `text` (dedented) to `relative`, creating folders as needed."""
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
        return path

    def edit(self, relative: str, old: str, new: str) -> None:
        """Replace `old` by `new` in a file; fail loudly if `old` is not there."""
        path = self.root / relative
        text = path.read_text()
        assert old in text, f"{old!r} not in {relative}"
        path.write_text(text.replace(old, new))

    def add_rule(self, rule_id: str, *, related: str = "[]") -> None:
        """Add a second valid rule with a different ID, enforced by review only.

        Its examples are AP-PY16's, so ruff's B006 (which reports under AP-PY16, the
        rule that owns the code) fires on its BAD line too, marked with both IDs.
        """
        page = (
            VALID_PAGE.replace("AP-PY16", rule_id)
            .replace("related: []", f"related: {related}")
            .replace("  ruff: [B006]", "  review: a reader judges the defaults")
        )
        prefix = rule_id.split("-", maxsplit=1)[0]
        if prefix in AREA_BY_PREFIX:
            page = page.replace("area: typing", f"area: {AREA_BY_PREFIX[prefix]}")
        self.write(f"docs/rules/{rule_id}.md", page)
        self.write(f"snippets/{rule_id}/good.py", VALID_GOOD)
        self.write(
            f"snippets/{rule_id}/bad.py",
            VALID_BAD.replace("# [AP-PY16]", f"# [{rule_id}, AP-PY16]"),
        )
        self.publish(rule_id)

    def git(self, *arguments: str) -> None:
        """Run git in the rulebook, as a throwaway author."""
        subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@t", *arguments],  # noqa: S607
            cwd=self.root,
            check=True,
            capture_output=True,
        )

    def commit(self, message: str = "change") -> None:
        """Commit everything as it is now."""
        self.git("add", "-A")
        self.git("commit", "-qm", message)

    def problems(self) -> list[Problem]:
        """Every problem the loader reports for this rulebook."""
        return list(load_rulebook(self.root).problems)

    def only_problem(self) -> Problem:
        """The one problem reported; fails, listing them all, unless there is one."""
        problems = self.problems()
        listing = "\n".join(problem.format(self.root) for problem in problems)
        assert len(problems) == 1, listing
        return problems[0]

    def publish(self, rule_id: str) -> None:
        """Append an ID to the list of published IDs."""
        registry = self.root / "published-ids.txt"
        registry.write_text(registry.read_text() + rule_id + "\n")
