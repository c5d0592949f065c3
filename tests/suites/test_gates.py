"""The gates and codes are complete, and every recovery command really exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulebook.proof.commands import command_problem
from rulebook.rules.ids import EntryKind
from rulebook.rules.loader import Rulebook, load_rulebook
from tests.builders import ROOT

RECOVERIES = [
    (entry.id, command)
    for entry in load_rulebook(ROOT).entries
    for command in entry.recovery
]


def test_every_catalogue_gate_tier_and_code_is_there(rulebook: Rulebook) -> None:
    kinds = {
        kind: [e.id for e in rulebook.entries if e.kind is kind] for kind in EntryKind
    }
    assert kinds[EntryKind.GATE] == [f"PQG-{n}" for n in range(1, 7)]
    assert kinds[EntryKind.TIER] == ["TIER-LOW", "TIER-MEDIUM", "TIER-HIGH"]
    assert kinds[EntryKind.HARDENING] == [f"PYPH2-{n}" for n in range(1, 5)]
    assert kinds[EntryKind.FAIL_CODE] == [f"PYPH2-FAIL-0{n}" for n in range(1, 6)]
    assert kinds[EntryKind.WARNING] == [
        "WARN-PYTHON-MIGRATION-ROLLBACK-MISSING",
        "WARN-PYTHON-ASYNC-DETERMINISM",
        "WARN-PYTHON-TYPE-CHECK-SKIPPED",
    ]


def test_every_warning_has_a_recovery(rulebook: Rulebook) -> None:
    for entry in rulebook.entries:
        if entry.kind is EntryKind.WARNING:
            assert entry.recovery, f"{entry.id} has no recovery command"


@pytest.mark.parametrize(
    ("entry_id", "command"), RECOVERIES, ids=[c for _, c in RECOVERIES]
)
def test_recovery_command_exists(entry_id: str, command: str, root: Path) -> None:
    problem = command_problem(command, root)
    assert problem is None, f"{entry_id}: {problem}"


def test_every_gate_enforces_rules_that_cite_back(rulebook: Rulebook) -> None:
    for entry in rulebook.entries:
        if entry.kind is EntryKind.GATE:
            assert entry.cites, f"{entry.id} enforces no rule"
            for rule_id in entry.cites:
                assert entry in rulebook.citing(rule_id)
