"""`rulebook check snippets/`, the command a reader runs, reports exactly the markers.

It uses the catalogue shipped in the package (as a team's install does), so this also
proves the shipped copy agrees with the rule pages.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from rulebook.proof.markers import enforced_ids
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
    marked = {
        (marker.path.relative_to(root).as_posix(), marker.line, marker.rule_id)
        for rule in rulebook.rules
        for marker in rule.bad.markers()
        if marker.rule_id in enforced
    }
    assert sorted(reported - marked) == [], "reported but not marked"
    assert sorted(marked - reported) == [], "marked but not reported"
    good_files = {
        path.relative_to(root).as_posix()
        for rule in rulebook.rules
        for path in rule.good.files
    }
    assert not {path for path, _line, _rule in reported} & good_files
    assert len(enforced) >= 60, f"only {len(enforced)} rules are enforced"
