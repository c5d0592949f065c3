"""Gates and codes load from their pages, and every problem names file, line and fix."""

from __future__ import annotations

from rulebook.rules.ids import EntryKind
from rulebook.rules.loader import load_rulebook, load_valid_rulebook
from tests.builders import MiniRulebook

GATE = """\
---
id: PQG-1
title: Build and lint gate
applies: every change
hard_fail:
  - ruff reports a finding
enforces: [AP-PY16]
sources: ["004 quality gates"]
---

A change whose code does not lint, format and type-check cleanly does not merge.

## How to pass

Run `uv run ruff check`.
"""

HARDENING = """\
---
title: Risk tiers
tiers:
  - id: TIER-LOW
    title: Low risk
    summary: Docs and internal refactors.
    evidence: [lint and type check pass]
hardening:
  - id: PYPH2-1
    title: Classify first
    summary: Pick a tier before building.
    cites: [TIER-LOW]
fail_codes:
  - id: PYPH2-FAIL-01
    title: Claim without evidence
    summary: A critical claim has no evidence.
    cites: [AP-PY16]
warnings:
  - id: WARN-PYTHON-TYPE-CHECK-SKIPPED
    title: Type check skipped
    summary: No type checker ran.
    recovery: [uv run mypy src]
---

Intro.

<!-- rulebook:hardening -->
"""


def with_gates(mini: MiniRulebook) -> MiniRulebook:
    mini.write("docs/gates/PQG-1.md", GATE)
    mini.write("docs/gates/hardening.md", HARDENING)
    for entry_id in (
        "PQG-1",
        "TIER-LOW",
        "PYPH2-1",
        "PYPH2-FAIL-01",
        "WARN-PYTHON-TYPE-CHECK-SKIPPED",
    ):
        mini.publish(entry_id)
    return mini


def test_gates_and_codes_load(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(with_gates(mini).root)
    entries = rulebook.entries_by_id()
    gate = entries["PQG-1"]
    assert gate.kind is EntryKind.GATE
    assert gate.conditions == ("ruff reports a finding",)
    assert gate.how_to_pass == "Run `uv run ruff check`."  # noqa: S105 - not a secret
    assert gate.url_path == "gates/PQG-1/"
    tier = entries["TIER-LOW"]
    assert (tier.line, tier.anchor, tier.url_path) == (
        4,
        "tier-low",
        "gates/hardening/#tier-low",
    )
    assert entries["WARN-PYTHON-TYPE-CHECK-SKIPPED"].recovery == ("uv run mypy src",)
    assert [e.id for e in rulebook.citing("AP-PY16")] == ["PQG-1", "PYPH2-FAIL-01"]
    assert rulebook.published_ids()[0] == "AP-PY16"


def test_gate_citing_an_unknown_rule(mini: MiniRulebook) -> None:
    with_gates(mini).edit(
        "docs/gates/PQG-1.md", "enforces: [AP-PY16]", "enforces: [AP-PY99]"
    )
    (problem,) = load_rulebook(mini.root).problems
    assert problem.message == "cites unknown ID 'AP-PY99'"
    assert problem.path.name == "PQG-1.md"


def test_gate_page_problems_are_all_reported(mini: MiniRulebook) -> None:
    with_gates(mini).edit(
        "docs/gates/PQG-1.md", "applies: every change\n", "owner: me\n"
    )
    mini.edit("docs/gates/PQG-1.md", "## How to pass", "## Steps")
    messages = {p.message for p in load_rulebook(mini.root).problems}
    assert {
        "field 'owner': unknown field",
        "field 'applies' is missing",
        "unknown section '## Steps'",
        "section '## How to pass' is missing or empty",
    } <= messages


def test_code_item_problems_name_the_item_line(mini: MiniRulebook) -> None:
    with_gates(mini).edit(
        "docs/gates/hardening.md", "    recovery: [uv run mypy src]\n", ""
    )
    mini.edit("docs/gates/hardening.md", "  - id: PYPH2-1", "  - id: PYPH2-X")
    problems = sorted(load_rulebook(mini.root).problems, key=lambda p: p.line)
    found = [
        (p.line, p.rule_id, p.message)
        for p in problems
        if p.path.name == "hardening.md"
    ]
    assert (9, "PYPH2-X", "'PYPH2-X' is not a hardening rule ID") in found
    assert (19, "WARN-PYTHON-TYPE-CHECK-SKIPPED", "key 'recovery' is missing") in found
