"""Write `rulebook check` results as text, JSON, GitHub annotations or SARIF.

Text is `path:line:col: ID message [check]` with the rule's short link, as ruff and
pylint print; `github` is GitHub Actions' workflow-command syntax
(`::error file=...,line=...::...`), which annotates the pull request's diff.
"""

from __future__ import annotations

import json
from collections import Counter

from rulebook.check.finding import META_RULE, Finding
from rulebook.check.runner import CheckRequest, CheckResult
from rulebook.check.sarif import sarif_log

REPORT_FORMATS = ("text", "json", "sarif", "github")


def write_report(result: CheckResult, request: CheckRequest, form: str) -> str:
    """The whole report in one format (see `REPORT_FORMATS`)."""
    if form == "json":
        return _json(result, request)
    if form == "sarif":
        return json.dumps(sarif_log(result, request), indent=2) + "\n"
    if form == "github":
        return "".join(_annotation(finding) for finding in result.findings)
    return _text(result, request)


def _link(finding: Finding, request: CheckRequest) -> str:
    rule = request.catalogue.rules.get(finding.rule_id)
    return rule.short_url if rule else ""


def _text(result: CheckResult, request: CheckRequest) -> str:
    lines: list[str] = []
    for finding in result.findings:
        lines.append(finding.format())
        link = _link(finding, request)
        if link:
            lines.append(f"    {link}")
    count = len(result.findings)
    by_rule = Counter(finding.rule_id for finding in result.findings)
    summary = ", ".join(f"{rule} {n}" for rule, n in sorted(by_rule.items()))
    noun = "finding" if count == 1 else "findings"
    lines.append(
        f"{count} {noun} in {result.files} files" + (f" ({summary})" if summary else "")
    )
    return "\n".join(lines) + "\n"


def _json(result: CheckResult, request: CheckRequest) -> str:
    document = {
        "findings": [
            {
                "path": finding.path.as_posix(),
                "line": finding.line,
                "column": finding.column,
                "rule": finding.rule_id,
                "check": finding.check,
                "message": finding.message,
                "url": _link(finding, request) or None,
            }
            for finding in result.findings
        ],
        "errors": result.errors,
        "files": result.files,
    }
    return json.dumps(document, indent=2) + "\n"


def _escape(text: str, *, in_property: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    if in_property:
        text = text.replace(":", "%3A").replace(",", "%2C")
    return text


def _annotation(finding: Finding) -> str:
    level = "error" if finding.rule_id == META_RULE else "warning"
    properties = ",".join(
        [
            f"file={_escape(finding.path.as_posix(), in_property=True)}",
            f"line={finding.line}",
            f"col={finding.column}",
            f"title={_escape(finding.rule_id, in_property=True)}",
        ]
    )
    return (
        f"::{level} {properties}::{_escape(f'{finding.rule_id} {finding.message}')}\n"
    )
