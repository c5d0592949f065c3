"""A rule page's Enforcement facts, generated from what the proofs prove.

The list of tools comes from the rule's `enforced_by` declarations, which the suite
proves on the BAD example's marked lines; the output block is `rulebook check`'s real
text report on the BAD example, from the same run the suite checks (as rustc's lint
documentation shows what its examples produce). Nothing here is written by hand, so a
page cannot claim what the tools do not do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from html import escape
from pathlib import Path

from rulebook.check.detectors import all_detectors
from rulebook.check.finding import Finding
from rulebook.proof.ruff import RuffRule
from rulebook.rules.model import Rule


def enforcement_list(rule: Rule, ruff_rules: Mapping[str, RuffRule]) -> str:
    """One Markdown bullet per tool that enforces the rule, then the review note."""
    lines: list[str] = []
    for code in rule.enforced_by.ruff:
        known = ruff_rules.get(code)
        if known is None:
            lines.append(f"- ruff `{code}`")
        else:
            lines.append(
                f"- ruff [`{code}` ({known.name})]({known.url}): {known.summary}"
            )
    detectors = all_detectors()
    for name in rule.enforced_by.rulebook:
        detector = detectors.get(name)
        summary = _summary(detector.doc) if detector is not None else ""
        lines.append(
            f"- `rulebook check` `{name}`" + (f": {summary}" if summary else "")
        )
    if rule.enforced_by.review:
        label = "Review" if rule.enforced_by.is_automated else "Review only"
        lines.append(f"- {label}: {rule.enforced_by.review}")
    return "\n".join(lines)


def _summary(doc: str) -> str:
    """A detector docstring's first paragraph, without the leading `ID:` naming."""
    first = " ".join(doc.strip().split("\n\n", 1)[0].split())
    head, _sep, rest = first.partition(": ")
    return rest if rest and head.replace("-", "").isalnum() else first


def check_output(rule: Rule, findings: Sequence[Finding], root: Path) -> str:
    """What `rulebook check` prints for the rule's BAD example, as a text block.

    Returns an empty string for a rule no tool enforces. Paths are shown relative to
    the example's folder, as a reader would run the command there.
    """
    if not rule.enforced_by.is_automated:
        return ""
    files = {path.resolve() for path in rule.bad.files}
    base = rule.bad.location.parent.resolve()
    lines: list[str] = []
    mine = [f for f in findings if _resolved(root, f.path) in files]
    for finding in sorted(mine):
        shown = _resolved(root, finding.path).relative_to(base).as_posix()
        lines.append(
            f"{shown}:{finding.line}:{finding.column}: {finding.rule_id} "
            f"{finding.message} [{finding.check}]"
        )
    target = rule.bad.location.name
    noun = "finding" if len(mine) == 1 else "findings"
    lines.append(f"{len(mine)} {noun}")
    body = "\n".join(lines)
    return f"```text\n$ rulebook check {target}\n{body}\n```"


@cache
def _resolved(root: Path, path: Path) -> Path:
    """`root / path`, resolved once: every rule page looks at every finding's path."""
    return (root / path).resolve()


TABLE_MARKER = "<!-- rulebook:enforcement-table -->"


def enforcement_table(rules: Sequence[Rule]) -> str:
    """Which tool enforces each rule, for the "Checking your code" page (docs/using/).

    Starts with the count of rules a tool enforces, so the page cannot overstate it.
    """
    enforced = [rule for rule in rules if rule.enforced_by.is_automated]
    rows = []
    for rule in rules:
        tools = [f"ruff `{code}`" for code in rule.enforced_by.ruff]
        tools += [f"`{name}`" for name in rule.enforced_by.rulebook]
        rows.append(
            f"| [{rule.id}](../rules/{rule.id}.md) | {_cell(rule.title)} "
            f"| {rule.level} | {', '.join(tools) or 'review only'} |"
        )
    return (
        f"{len(enforced)} of {len(rules)} rules are enforced by a tool: "
        f"`rulebook check` reports them by rule ID.\n\n"
        "| Rule | Title | Level | Enforced by |\n| --- | --- | --- | --- |\n"
        + "\n".join(rows)
    )


def _cell(text: str) -> str:
    """Plain text for a table cell: HTML shows as text and `|` cannot split the row."""
    return escape(text, quote=False).replace("|", "\\|")
