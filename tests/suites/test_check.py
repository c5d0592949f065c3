"""`rulebook check snippets/`, the command a reader runs, reports exactly the markers.

It uses the catalogue shipped in the package (as a team's install does), so this also
proves the shipped copy agrees with the rule pages.
"""

from __future__ import annotations

import json
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

from rulebook.check.config import read_config
from rulebook.proof.markers import enforced_ids
from rulebook.rules.examples import Kind
from rulebook.rules.loader import Rulebook


def test_check_over_snippets_reports_exactly_the_markers(
    rulebook: Rulebook, root: Path
) -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "rulebook.cli", "check", "--format", "json", "snippets"],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 1, completed.stderr
    document = json.loads(completed.stdout)
    assert document["errors"] == []
    reported = {(f["path"], f["line"], f["rule"]) for f in document["findings"]}
    enforced = enforced_ids(rulebook)
    bads = [e for rule in rulebook.rules for e in rule.examples if e.kind is Kind.BAD]
    goods = [e for rule in rulebook.rules for e in rule.examples if e.kind is Kind.GOOD]
    marked = {
        (marker.path.relative_to(root).as_posix(), marker.line, marker.rule_id)
        for bad in bads
        for marker in bad.markers()
        if marker.rule_id in enforced
    }
    assert sorted(reported - marked) == [], "reported but not marked"
    assert sorted(marked - reported) == [], "marked but not reported"
    good_files = {path.relative_to(root).as_posix() for g in goods for path in g.files}
    assert not {path for path, _line, _rule in reported} & good_files
    assert len(enforced) >= 60, f"only {len(enforced)} rules are enforced"


def test_each_example_is_a_project_of_its_own(rulebook: Rulebook, root: Path) -> None:
    """`[tool.rulebook] projects` names every example, a Django one too, and no folder
    above it: a project-level detector sees one example at a time."""
    patterns = read_config(root / "pyproject.toml").projects
    for rule in rulebook.rules:
        for example in rule.examples:
            place = example.location.relative_to(root).as_posix()
            assert any(fnmatch(place, pattern) for pattern in patterns), place
            above = PurePosixPath(place).parents
            assert not [
                str(folder)
                for folder in above
                if any(fnmatch(str(folder), pattern) for pattern in patterns)
            ], place
