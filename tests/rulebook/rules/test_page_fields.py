"""Each front-matter field is checked; a wrong one is named by its line, with a fix."""

from __future__ import annotations

from pathlib import Path

from rulebook.proof.ruff import known_rules
from rulebook.rules.page_fields import (
    EnforcementReader,
    FrontMatterReader,
    ReferenceReader,
)
from rulebook.rules.problems import ProblemLog
from tests.builders import MiniRulebook

PAGE = "docs/rules/AP-PY16.md"


def test_unknown_field_names_its_line_and_the_known_fields(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "level: must\n", "level: must\nseverity: high\n")
    problem = mini.only_problem()
    assert problem.line == 7
    assert problem.message == "field 'severity': unknown field"
    assert "level" in problem.hint


def test_missing_field(mini: MiniRulebook) -> None:
    mini.edit(PAGE, 'since: "0.1.0"\n', "")
    problem = mini.only_problem()
    assert problem.message == "field 'since' is missing"
    assert "add 'since:'" in problem.hint


def test_bad_choice_lists_the_allowed_values(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "status: stable", "status: final")
    problem = mini.only_problem()
    assert problem.line == 4
    assert "'final' is not allowed" in problem.message
    assert "draft, stable, deprecated, removed" in problem.hint


def test_id_must_follow_the_scheme(mini: MiniRulebook) -> None:
    mini.write(
        "docs/rules/WEB-01.md",
        (mini.root / PAGE).read_text().replace("id: AP-PY16", "id: WEB-01"),
    )
    mini.write("snippets/WEB-01/good.py", "print(1)\n#> 1\n")
    mini.write("snippets/WEB-01/bad.py", "print(1)  # [WEB-01]\n#> 1\n")
    messages = [p.message for p in mini.problems() if p.path.name == "WEB-01.md"]
    assert any("unknown area prefix 'WEB'" in message for message in messages)


def test_id_must_match_the_file_name(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "id: AP-PY16", "id: AP-PY17")
    problem = mini.only_problem()
    assert "does not match the file name" in problem.message


def test_area_must_match_the_prefix(mini: MiniRulebook) -> None:
    mini.add_rule("DATA-01")
    mini.edit("docs/rules/DATA-01.md", "area: data", "area: testing")
    problem = mini.only_problem()
    assert problem.rule_id == "DATA-01"
    assert problem.hint == "set area: data"


def test_unknown_ruff_code(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "ruff: [B006]", "ruff: [B999]")
    problem = mini.only_problem()
    assert problem.message == "field 'enforced_by': ruff has no rule 'B999'"
    assert "ruff rule" in problem.hint


def test_enforcement_needs_a_tool_or_a_reason(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "  ruff: [B006]", "  ruff: []")
    problem = mini.only_problem()
    assert "names no tool and no review reason" in problem.message


def test_the_reader_reads_a_mapping_on_its_own() -> None:
    log = ProblemLog(Path("docs/rules/AP-PY16.md"), "AP-PY16")
    reader = FrontMatterReader(log, {"title": 3}, known_rules)
    fields = {
        "id": "AP-PY16",
        "title": "AP-PY16 mutable defaults.",
        "status": "stable",
        "since": "0.1.0",
        "level": "must",
        "area": "typing",
        "enforced_by": {"review": "a reader judges it"},
        "related": [],
        "sources": ["003 anti-patterns"],
    }
    assert reader.read(fields) is not None
    assert reader.declared_id == "AP-PY16"
    assert [(p.line, p.message) for p in log.problems] == [
        (3, "field 'title': ends with a full stop"),
        (3, "field 'title': starts with the rule ID"),
    ]
    assert reader.read({**fields, "level": "often"}) is None


def test_reference_and_enforcement_readers_name_the_field() -> None:
    found: list[tuple[str, str]] = []

    def problem(name: str, message: str, _hint: str) -> None:
        found.append((name, message))

    references = ReferenceReader(problem, "AP-PY16")
    assert references.id_list({"related": ["AP-PY16", "AP-PY02"]}, "related") == (
        "AP-PY16",
        "AP-PY02",
    )
    assert references.decisions({"decisions": ["C99"]}) == ()
    assert references.sources({"sources": ["999 nowhere"]}) is None
    enforcement = EnforcementReader(problem, known_rules)
    assert enforcement.read({"ruff": "B006"}) is None
    assert found == [
        ("related", "lists the rule itself"),
        ("decisions", "['C99'] names an unknown decision"),
        ("sources", "'999 nowhere' names no known source document"),
        ("enforced_by", "'ruff' must be a list of codes"),
    ]
