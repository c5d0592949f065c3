"""A deprecated or removed rule never comes back as a live rule under its ID."""

from __future__ import annotations

import shutil

from rulebook.rules.model import Status
from rulebook.validate.retirement import retired_in_history
from tests.builders import MiniRulebook

PAGE = "docs/rules/AP-PY16.md"


def retire(mini: MiniRulebook, status: str) -> None:
    mini.add_rule("AP-PY17")
    old = mini.root / PAGE
    old.write_text(
        old.read_text()
        .replace("status: stable", f'status: "{status}"')
        .replace("related: []", "related: []\nreplaced_by: [AP-PY17]")
    )
    mini.commit(f"retire AP-PY16 ({status})")


def test_history_records_the_furthest_retirement(mini: MiniRulebook) -> None:
    mini.commit("publish")
    assert retired_in_history(mini.root) == {}
    retire(mini, "deprecated")
    mini.edit(PAGE, 'status: "deprecated"', "status: removed")
    mini.commit("remove")
    mini.edit(PAGE, "status: removed", "status: deprecated")
    mini.commit("back to deprecated")
    assert retired_in_history(mini.root) == {"AP-PY16": Status.REMOVED}


def test_a_deprecated_rule_coming_back_is_refused(mini: MiniRulebook) -> None:
    mini.commit("publish")
    retire(mini, "deprecated")
    mini.edit(PAGE, 'status: "deprecated"', "status: stable")
    mini.edit(PAGE, "replaced_by: [AP-PY17]\n", "")
    problem = mini.only_problem()
    assert (problem.path, problem.line, problem.rule_id) == (
        mini.root / PAGE,
        4,
        "AP-PY16",
    )
    assert problem.message == (
        "field 'status': AP-PY16 was deprecated in an earlier commit and is stable "
        "again; a retired ID never comes back"
    )
    assert problem.hint == (
        "set status: deprecated; publish the new rule under a new ID ('rulebook new "
        "AREA --next') and name it in replaced_by"
    )


def test_a_removed_rule_stays_removed(mini: MiniRulebook) -> None:
    retire(mini, "removed")
    mini.edit(PAGE, 'status: "removed"', "status: deprecated")
    problem = mini.only_problem()
    assert problem.message.startswith(
        "field 'status': AP-PY16 was removed in an earlier commit and is deprecated"
    )


def test_retiring_further_is_fine(mini: MiniRulebook) -> None:
    retire(mini, "deprecated")
    mini.edit(PAGE, 'status: "deprecated"', "status: removed")
    assert mini.problems() == []


def test_a_draft_becoming_stable_is_fine(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "status: stable", "status: draft")
    mini.commit("draft")
    mini.edit(PAGE, "status: draft", "status: stable")
    assert mini.problems() == []


def test_without_history_the_check_fails_loudly(mini: MiniRulebook) -> None:
    shutil.rmtree(mini.root / ".git")
    messages = [p.message for p in mini.problems()]
    assert any(
        m.endswith("cannot check that no retired rule came back") for m in messages
    )
