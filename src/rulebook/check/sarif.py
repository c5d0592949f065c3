"""`rulebook check --format sarif`: a SARIF 2.1.0 log that GitHub code scanning reads.

Choices follow the SARIF 2.1.0 specification (OASIS) and GitHub's documented subset:
paths are relative, against the `%SRCROOT%` base; every result has a
`partialFingerprints` entry so GitHub can follow it across commits; and a rule's link
is in `help.markdown`, because GitHub ignores `helpUri`.
"""

from __future__ import annotations

import hashlib
from typing import Any

from rulebook.check.finding import META_RULE, Finding
from rulebook.check.runner import CheckRequest, CheckResult

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
TOOL_URI = "https://github.com/python-backend-rulebook/rulebook"


def sarif_log(result: CheckResult, request: CheckRequest) -> dict[str, Any]:
    """The SARIF log object for one run of the checker."""
    rule_ids = sorted({finding.rule_id for finding in result.findings})
    index = {rule_id: position for position, rule_id in enumerate(rule_ids)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "rulebook",
                        "informationUri": TOOL_URI,
                        "rules": [_rule(rule_id, request) for rule_id in rule_ids],
                    }
                },
                "originalUriBaseIds": {
                    "%SRCROOT%": {"uri": request.root.resolve().as_uri() + "/"}
                },
                "results": [
                    _result(finding, index[finding.rule_id], request)
                    for finding in result.findings
                ],
            }
        ],
    }


def _rule(rule_id: str, request: CheckRequest) -> dict[str, Any]:
    rule = request.catalogue.rules.get(rule_id)
    if rule is None:
        return {
            "id": rule_id,
            "name": "RulebookInputProblem",
            "shortDescription": {"text": "The checker could not check this input."},
            "help": {
                "text": "Fix the file or the configuration the message names.",
                "markdown": "Fix the file or the configuration the message names.",
            },
            "defaultConfiguration": {"level": "error"},
        }
    level = "error" if rule.level == "must" else "warning"
    markdown = (
        f"**{rule.id}: {rule.title}**\n\n{rule.statement}\n\n"
        f"[Read {rule.id} in the rulebook]({rule.short_url})"
    )
    return {
        "id": rule.id,
        "name": "".join(part.capitalize() for part in rule.title.split()[:6]),
        "shortDescription": {"text": f"{rule.id}: {rule.title}"},
        "fullDescription": {"text": rule.statement},
        "helpUri": rule.short_url,
        "help": {"text": f"{rule.statement} {rule.short_url}", "markdown": markdown},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": [rule.family, rule.level]},
    }


def _result(finding: Finding, index: int, request: CheckRequest) -> dict[str, Any]:
    rule = request.catalogue.rules.get(finding.rule_id)
    if finding.rule_id == META_RULE:
        level = "error"
    else:
        level = "error" if rule is not None and rule.level == "must" else "warning"
    identity = f"{finding.rule_id}:{finding.path.as_posix()}:{finding.message}"
    return {
        "ruleId": finding.rule_id,
        "ruleIndex": index,
        "level": level,
        "message": {"text": f"{finding.message} [{finding.check}]"},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {
                        "uri": finding.path.as_posix(),
                        "uriBaseId": "%SRCROOT%",
                    },
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                    },
                }
            }
        ],
        "partialFingerprints": {
            "primaryLocationLineHash": hashlib.sha256(identity.encode()).hexdigest()
        },
    }
