"""Autolink prefixes cover every published ID once and never overlap."""

from __future__ import annotations

from rulebook.rules.ids import EntryKind
from rulebook.rules.loader import load_valid_rulebook
from rulebook.website.autolinks import (
    Autolink,
    autolinks,
    overlapping,
    prefix_of,
    render_autolinks,
)
from tests.builders import MiniRulebook
from tests.rulebook.rules.test_gates import with_gates


def test_prefixes_by_family() -> None:
    assert prefix_of("AP-PY03", None) == "AP-PY"
    assert prefix_of("DATA-01", None) == "DATA-"
    assert prefix_of("PYPH2-FAIL-01", EntryKind.FAIL_CODE) == "PYPH2-"
    assert prefix_of("WARN-PYTHON-TYPE-CHECK-SKIPPED", EntryKind.WARNING) == "WARN-"


def test_every_id_covered_once(mini: MiniRulebook) -> None:
    mini.add_rule("DATA-01")
    rulebook = load_valid_rulebook(with_gates(mini).root)
    links = autolinks(rulebook)
    covered = [item for link in links for item in link.ids]
    assert sorted(covered) == sorted(rulebook.published_ids())
    assert overlapping(links) == []
    table = render_autolinks(rulebook, "https://x.test/")
    assert (
        "| `AP-PY` | `https://x.test/r/AP-PY<num>/` | 1 IDs, e.g. `AP-PY16` |" in table
    )


def test_partial_matches_and_overlaps_are_found() -> None:
    fail = Autolink("PYPH2-", ("PYPH2-1", "PYPH2-FAIL-01"))
    assert fail.partial_ids == ("PYPH2-FAIL-01",)
    assert overlapping([Autolink("API-", ()), Autolink("API-V", ())]) == [
        ("API-", "API-V")
    ]
