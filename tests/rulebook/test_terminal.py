"""Rules and entries print as readable plain text with their short URL."""

from __future__ import annotations

import pytest

from rulebook.proof.ruff import known_rules
from rulebook.rules.examples import Framework
from rulebook.rules.loader import load_valid_rulebook
from rulebook.rules.lookup import Family, Unknown, resolve
from rulebook.terminal import (
    format_entry,
    format_family,
    format_pair,
    format_rule,
    format_table,
    format_unknown,
)
from tests.builders import MiniRulebook
from tests.rulebook.rules.test_gates import with_gates

SITE = "https://rules.example.test/"


def test_rule_text(mini: MiniRulebook) -> None:
    rule = load_valid_rulebook(mini.root).by_id()["AP-PY16"]
    text = format_rule(rule, known_rules(), SITE)
    lines = text.splitlines()
    assert lines[0] == "AP-PY16: Mutable default arguments"
    assert lines[2] == "must · typing · published in 0.1.0 · stable"
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


def retire(mini: MiniRulebook, status: str, replaced_by: str = "[AP-PY17]") -> None:
    """Make AP-PY16 deprecated or removed, replaced by AP-PY17 unless told otherwise."""
    mini.add_rule("AP-PY17")
    retired = f"status: {status}"
    if replaced_by:
        retired += f"\nreplaced_by: {replaced_by}"
    mini.edit("docs/rules/AP-PY16.md", "status: stable", retired)


@pytest.mark.parametrize("status", ["deprecated", "removed"])
def test_a_retired_rule_names_its_replacement(mini: MiniRulebook, status: str) -> None:
    retire(mini, status)
    rulebook = load_valid_rulebook(mini.root)
    rule = rulebook.by_id()["AP-PY16"]
    lines = format_rule(rule, known_rules(), SITE).splitlines()
    assert lines[2] == (
        f"must · typing · published in 0.1.0 · {status}, replaced by AP-PY17"
    )
    assert " since " not in "\n".join(lines)
    assert (
        format_table([rule])
        .rstrip()
        .endswith(
            f"{status:<10} tool   Mutable default arguments (replaced by AP-PY17)"
        )
    )
    live = format_table([rulebook.by_id()["AP-PY17"]])
    assert live.rstrip().endswith("review Mutable default arguments")


def test_a_removed_rule_without_replacement_says_so(mini: MiniRulebook) -> None:
    retire(mini, "removed", replaced_by="")
    rule = load_valid_rulebook(mini.root).by_id()["AP-PY16"]
    text = format_rule(rule, known_rules(), SITE)
    assert "must · typing · published in 0.1.0 · removed, no replacement" in text
    assert format_table([rule]).rstrip().endswith("arguments (no replacement)")


def test_family_text(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17")
    rulebook = load_valid_rulebook(with_gates(mini).root)

    def family(typed: str) -> str:
        found = resolve(rulebook, typed)
        assert isinstance(found, Family)
        return format_family(found)

    rules = family("AP-PY").splitlines()
    assert rules[:2] == ["AP-PY: 2 rules", ""]
    assert rules[2].startswith("AP-PY16   must")
    assert rules[3].startswith("AP-PY17   must")
    assert rules[-1] == "One in full: rulebook rule AP-PY16"
    assert family("PYPH2-FAIL") == (
        "PYPH2-FAIL: 1 hard-fail code\n\n"
        "PYPH2-FAIL-01  Claim without evidence\n\n"
        "One in full: rulebook rule PYPH2-FAIL-01\n"
    )
    assert family("PYPH2").splitlines()[:4] == [
        "PYPH2: 2 IDs",
        "",
        "PYPH2-1        Classify first",
        "PYPH2-FAIL-01  Claim without evidence",
    ]


def test_unknown_input_gets_the_fix(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(mini.root)

    def message(typed: str) -> str:
        found = resolve(rulebook, typed)
        assert isinstance(found, Unknown)
        return format_unknown(found)

    assert message("AP-PY61") == (
        "rulebook: no rule, gate or code 'AP-PY61'. Did you mean: AP-PY16?"
    )
    assert message("FOO-1") == (
        "rulebook: no rule, gate or code 'FOO-1'. See the rules: rulebook list"
    )
    assert message("mutable default") == (
        "rulebook: 'mutable default' is not an ID. To search IDs, titles and "
        "statements: rulebook list --text 'mutable default'"
    )
    assert message("it's").endswith("""rulebook list --text 'it'"'"'s'""")
    assert message(" https://h.test/ ").startswith(
        "rulebook: no ID in 'https://h.test/': give an ID (AP-PY03), a family"
    )
    assert message("AP-PY16 AP-PY61") == (
        "rulebook: 'AP-PY16 AP-PY61' is not one ID: give one at a time, "
        "such as: rulebook rule AP-PY16"
    )
    assert message("zzz\x07").startswith("rulebook: 'zzz\\x07' is not an ID")


def test_pair_text_shows_every_file_under_its_side(mini: MiniRulebook) -> None:
    mini.add_django()
    mini.edit("snippets/AP-PY16/django/good.py", "print(tags())\n", "\nprint(tags())\n")
    rule = load_valid_rulebook(mini.root).by_id()["AP-PY16"]
    pair = rule.pair(Framework.DJANGO)
    assert pair is not None
    text = format_pair(rule, pair, mini.root)
    lines = text.splitlines()
    assert lines[0] == "AP-PY16: Mutable default arguments (Django examples)"
    assert lines[2] == "Django GOOD: snippets/AP-PY16/django/good.py"
    assert lines[4] == "    def tags(extra: list[str] | None = None) -> list[str]:"
    assert "\n\n\n    print(tags())\n" in text  # blank lines stay blank
    bad = lines.index("Django BAD: snippets/AP-PY16/django/bad.py")
    assert lines[bad + 2].endswith("# [AP-PY16]")
    assert text.endswith("#> ['new', 'new']\n")
