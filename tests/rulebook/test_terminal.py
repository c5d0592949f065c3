"""Rules and entries print as readable plain text with their short URL."""

from __future__ import annotations

from rulebook.proof.ruff import known_rules
from rulebook.rules.loader import load_valid_rulebook
from rulebook.terminal import format_entry, format_rule, format_table
from tests.builders import MiniRulebook
from tests.rulebook.rules.test_gates import with_gates

SITE = "https://rules.example.test/"


def test_rule_text(mini: MiniRulebook) -> None:
    rule = load_valid_rulebook(mini.root).by_id()["AP-PY16"]
    text = format_rule(rule, known_rules(), SITE)
    lines = text.splitlines()
    assert lines[0] == "AP-PY16: Mutable default arguments"
    assert lines[2] == "must · typing · stable since 0.1.0"
    assert "Why\n  The default is built once" in text
    assert "  ruff B006 (mutable-argument-default): " in text
    assert lines[-1] == "https://rules.example.test/r/AP-PY16/"


def test_entry_text(mini: MiniRulebook) -> None:
    entries = load_valid_rulebook(with_gates(mini).root).entries_by_id()
    gate = format_entry(entries["PQG-1"], SITE)
    assert "Fails when\n  - ruff reports a finding" in gate
    warning = format_entry(entries["WARN-PYTHON-TYPE-CHECK-SKIPPED"], SITE)
    assert "Recovery\n  $ uv run mypy src" in warning


def test_table(mini: MiniRulebook) -> None:
    rules = list(load_valid_rulebook(mini.root).rules)
    assert format_table(rules).startswith(
        "AP-PY16   must   typing        stable     tool"
    )
    assert format_table([]) == ""
