"""IDs are found in any case and as pasted, near misses are suggested, filters match."""

from __future__ import annotations

import time

import pytest

from rulebook.rules.loader import Rulebook, load_valid_rulebook
from rulebook.rules.lookup import (
    Family,
    RuleFilter,
    Unknown,
    filter_rules,
    find,
    read_lookup,
    resolve,
    suggestions,
)
from rulebook.website.links import family_short_links, short_links
from tests.builders import MiniRulebook
from tests.rulebook.rules.test_gates import with_gates

SITE = "https://rules.example.test/"


def test_find_in_any_case(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(with_gates(mini).root)
    rule = find(rulebook, " ap-py16 ")
    assert rule is not None
    assert rule.id == "AP-PY16"
    gate = find(rulebook, "pqg-1")
    assert gate is not None
    assert gate.id == "PQG-1"
    assert find(rulebook, "AP-PY99") is None


def test_suggestions_put_close_ids_first(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17")
    mini.add_rule("DATA-01")
    rulebook = load_valid_rulebook(mini.root)
    assert set(suggestions(rulebook, "ap-py61")) == {"AP-PY16", "AP-PY17"}
    assert suggestions(rulebook, "DATA-9") == ["DATA-01"]
    assert suggestions(rulebook, "zzz") == []


def test_filters(mini: MiniRulebook) -> None:
    mini.add_rule("DATA-01")
    mini.edit("docs/rules/DATA-01.md", "level: must", "level: should")
    rulebook = load_valid_rulebook(mini.root)

    def ids(**filters: str) -> list[str]:
        return [rule.id for rule in filter_rules(rulebook, RuleFilter(**filters))]

    assert ids() == ["AP-PY16", "DATA-01"]
    assert ids(level="should") == ["DATA-01"]
    assert ids(area="typing") == ["AP-PY16"]
    assert ids(enforcement="tool") == ["AP-PY16"]
    assert ids(enforcement="review", area="data") == ["DATA-01"]
    assert ids(text="MUTABLE") == ["AP-PY16", "DATA-01"]
    assert ids(text="data-01") == ["DATA-01"]
    assert ids(status="draft") == []


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("AP-PY16", "AP-PY16"),
        ("  ap-py16\t", "AP-PY16"),
        ("Ap-Py16", "AP-PY16"),
        ("AP-PY16:", "AP-PY16"),
        ("[AP-PY16]", "AP-PY16"),
        ("(AP-PY16)", "AP-PY16"),
        ("`AP-PY16`", "AP-PY16"),
        ('"AP-PY16",', "AP-PY16"),
        ("\u201cAP-PY16\u201d", "AP-PY16"),
        ("[AP-PY16]:", "AP-PY16"),
        ("AP-PY16: Mutable default arguments", "AP-PY16"),
        ("[AP-PY16: Mutable default arguments](https://h.test/r/AP-PY16/)", "AP-PY16"),
        ("<https://h.test/r/AP-PY16/>", "AP-PY16"),
        ("\u200bAP-PY16", "AP-PY16"),
        ("https://h.test/r/AP-PY16/", "AP-PY16"),
        ("https://h.test/r/ap-py16", "AP-PY16"),
        ("/r/ap-py16/#why", "AP-PY16"),
        ("r/AP-PY16/index.html", "AP-PY16"),
        ("h.test/r/AP-PY16/?from=review", "AP-PY16"),
        ("https://h.test/rules/AP-PY16/", "AP-PY16"),
        ("https://h.test/rules/r/AP-PY16/", "AP-PY16"),
        ("https://h.test/r/AP%2DPY16/", "AP-PY16"),
        ("docs/rules/AP-PY16.md", "AP-PY16"),
        ("https://h.test/gates/PQG-1/", "PQG-1"),
        ("(PQG-1)", "PQG-1"),
        ("https://h.test/gates/hardening/#pyph2-fail-01", "PYPH2-FAIL-01"),
        ("/r/tier-low/", "TIER-LOW"),
        ("warn-python-type-check-skipped:", "WARN-PYTHON-TYPE-CHECK-SKIPPED"),
    ],
)
def test_pasted_forms_find_the_id(
    mini: MiniRulebook, typed: str, expected: str
) -> None:
    found = resolve(load_valid_rulebook(with_gates(mini).root), typed)
    assert not isinstance(found, Family | Unknown), found
    assert found.id == expected


@pytest.mark.parametrize(
    "typed",
    ["", "   ", "[]", "()", ":", "``", "https://h.test/", "/r/", "r/", "/rules/#"],
)
def test_input_without_an_id_reads_as_nothing(typed: str) -> None:
    assert read_lookup(typed) == ""


def test_every_short_link_the_site_serves_resolves(rulebook: Rulebook) -> None:
    for link in short_links(rulebook, SITE):
        short = link.path.removesuffix("index.html")
        for typed in (short, "/" + short + "#why", SITE + short, link.canonical):
            found = resolve(rulebook, typed)
            assert not isinstance(found, Family | Unknown), typed
            assert found.heading == link.title, typed
    for link in family_short_links(SITE):
        short = link.path.removesuffix("index.html")
        family = resolve(rulebook, SITE + short)
        assert isinstance(family, Family), short
        assert family.members, short


def test_a_family_lists_its_members(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17")
    mini.add_rule("DATA-01")
    rulebook = load_valid_rulebook(with_gates(mini).root)

    def members(typed: str) -> tuple[str, list[str]]:
        family = resolve(rulebook, typed)
        assert isinstance(family, Family), typed
        return family.name, [item.id for item in family.members]

    assert members("ap-py") == ("AP-PY", ["AP-PY16", "AP-PY17"])
    assert members("[AP-PY]") == ("AP-PY", ["AP-PY16", "AP-PY17"])
    assert members("DATA-") == ("DATA", ["DATA-01"])
    assert members("https://h.test/r/pyph2-fail/") == ("PYPH2-FAIL", ["PYPH2-FAIL-01"])
    assert members("PYPH2") == ("PYPH2", ["PYPH2-1", "PYPH2-FAIL-01"])
    assert members("warn-python") == (
        "WARN-PYTHON",
        ["WARN-PYTHON-TYPE-CHECK-SKIPPED"],
    )
    pyph2 = resolve(rulebook, "PYPH2")
    assert isinstance(pyph2, Family)
    assert pyph2.rules == ()
    assert [entry.id for entry in pyph2.entries] == ["PYPH2-1", "PYPH2-FAIL-01"]
    for not_a_family in ("AP-P", "AP-PY1", "PYPH2-FAI", "ARCH", "-", "--"):
        assert isinstance(resolve(rulebook, not_a_family), Unknown), not_a_family


def test_suggestions_compare_numbers_as_numbers(mini: MiniRulebook) -> None:
    for rule_id in ("AP-PY03", "AP-PY13", "AP-PY30"):
        mini.add_rule(rule_id)
    rulebook = load_valid_rulebook(mini.root)
    near = suggestions(rulebook, "AP-PY3")
    assert near[0] == "AP-PY03"
    assert near.index("AP-PY03") < near.index("AP-PY13")
    for typed in ("ap-py003", "APPY03", "AP-PY3:", "/r/ap-py3/"):
        assert suggestions(rulebook, typed)[0] == "AP-PY03", typed
    assert suggestions(rulebook, "AP-PY31")[:2] == ["AP-PY30", "AP-PY13"]


def test_suggestions_in_the_published_rulebook(rulebook: Rulebook) -> None:
    near = suggestions(rulebook, "AP-PY3")
    assert near[0] == "AP-PY03"
    assert "AP-PY13" not in near[:1]
    assert suggestions(rulebook, "DATA-4")[0] == "DATA-04"
    assert suggestions(rulebook, "pqg-01")[0] == "PQG-1"
    assert suggestions(rulebook, "TIER-HI")[0] == "TIER-HIGH"


def test_unknown_input_says_what_it_read(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(mini.root)

    def unknown(typed: str) -> Unknown:
        result = resolve(rulebook, typed)
        assert isinstance(result, Unknown), typed
        return result

    assert unknown("AP-PY61").suggestions == ("AP-PY16",)
    assert not unknown("AP-PY61").is_words
    for words in ("mutable default", "zzz", "Mutable default: in review", "-x"):
        assert unknown(words).is_words, words
        assert unknown(words).suggestions == (), words
    assert unknown("mutable default").read == "mutable default"
    assert unknown("AP-PY16 AP-PY17").ids == ("AP-PY16", "AP-PY17")
    assert not unknown("AP-PY16 AP-PY17").is_words
    assert unknown("mutable default").ids == ()
    assert unknown("[]").read == ""
    assert not unknown("%").is_words
    assert not unknown("--").is_words
    assert not unknown("[]").is_words


def test_long_input_is_refused_quickly(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(mini.root)
    started = time.perf_counter()
    for typed in ("A" * 20_000, "AP-PY" + "1" * 20_000, "A-" * 10_000):
        result = resolve(rulebook, typed)
        assert isinstance(result, Unknown)
        assert result.suggestions == ()
    assert time.perf_counter() - started < 1
