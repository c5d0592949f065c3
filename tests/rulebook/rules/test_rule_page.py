"""One rule page is read with every problem named by file, line or field, and a fix."""

from __future__ import annotations

import pytest

from rulebook.proof.ruff import known_rules
from rulebook.rules.rule_page import RulePageReader
from tests.builders import MiniRulebook

PAGE = "docs/rules/AP-PY16.md"


def test_broken_yaml_names_the_line(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "level: must", "level: [must")
    problem = mini.only_problem()
    assert problem.path == mini.root / PAGE
    assert problem.line in {7, 8}
    assert "broken YAML" in problem.message
    assert "front matter" in problem.hint


def test_missing_front_matter(mini: MiniRulebook) -> None:
    mini.write(PAGE, "Just text.\n")
    problem = mini.only_problem()
    assert problem.line == 1
    assert "does not start with '---'" in problem.message


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


def test_missing_bad_example(mini: MiniRulebook) -> None:
    (mini.root / "snippets/AP-PY16/bad.py").unlink()
    problem = mini.only_problem()
    assert problem.message == "the BAD example is missing"
    assert "snippets/AP-PY16/bad.py" in problem.hint


def test_folder_example_needs_main(mini: MiniRulebook) -> None:
    (mini.root / "snippets/AP-PY16/good.py").unlink()
    mini.write("snippets/AP-PY16/good/service.py", "VALUE = 1\n")
    problem = mini.only_problem()
    assert "has no main.py" in problem.message


def test_bad_example_without_marker(mini: MiniRulebook) -> None:
    mini.edit("snippets/AP-PY16/bad.py", "  # [AP-PY16]", "")
    problem = mini.only_problem()
    assert problem.path.name == "bad.py"
    assert "marks no line with # [AP-PY16]" in problem.message


def test_good_example_with_its_own_marker(mini: MiniRulebook) -> None:
    mini.edit(
        "snippets/AP-PY16/good.py",
        'found.append("new")',
        'found.append("new")  # [AP-PY16]',
    )
    problem = mini.only_problem()
    assert problem.path.name == "good.py"
    assert problem.line == 3


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("## Why\n", "## Rationale\n", "unknown section '## Rationale'"),
        ("## Exceptions\n\nNone.\n", "", "section '## Exceptions' is missing"),
        (
            "Never use a mutable object as a default argument value.\n",
            "",
            "the one-sentence statement is missing",
        ),
        (
            "## Why\n",
            "# Mutable defaults\n\n## Why\n",
            "level-1 heading '# Mutable defaults'",
        ),
        ("ruff's B006 reports it.\n", "", "section '## Enforcement' is empty"),
    ],
)
def test_section_problems(
    mini: MiniRulebook, old: str, new: str, expected: str
) -> None:
    mini.edit(PAGE, old, new)
    messages = [problem.message for problem in mini.problems()]
    assert expected in messages


def test_sections_out_of_order(mini: MiniRulebook) -> None:
    text = (mini.root / PAGE).read_text()
    why = (
        "## Why\n\nThe default is built once, when the function is defined, "
        "and shared by every call.\n\n"
    )
    text = text.replace(why, "") + "\n" + why
    mini.write(PAGE, text)
    assert "sections are out of order" in [p.message for p in mini.problems()]


def test_template_placeholder_is_rejected_in_pages_and_examples(
    mini: MiniRulebook,
) -> None:
    mini.edit(PAGE, "None.\n", "FILL IN: when is breaking the rule right?\n")
    mini.edit("snippets/AP-PY16/good.py", "found = ", "# FILL IN\nfound = ")
    placeholders = [p for p in mini.problems() if "placeholder" in p.message]
    assert {p.path.name for p in placeholders} == {"AP-PY16.md", "good.py"}


def test_binary_file_in_an_example(mini: MiniRulebook) -> None:
    (mini.root / "snippets/AP-PY16/good.py").unlink()
    mini.write("snippets/AP-PY16/good/main.py", "print(1)\n#> 1\n")
    (mini.root / "snippets/AP-PY16/good/data.txt").write_bytes(b"\xff\xfe\x00")
    problem = mini.only_problem()
    assert problem.message == "'data.txt' is not a text file"


def test_the_reader_reads_one_page_on_its_own(mini: MiniRulebook) -> None:
    reader = RulePageReader(mini.root / PAGE, mini.root, known_rules)
    rule = reader.read()
    assert rule is not None
    assert (rule.id, reader.declared_id, reader.problems) == ("AP-PY16", "AP-PY16", [])
    mini.edit(PAGE, "level: must", "level: often")
    broken = RulePageReader(mini.root / PAGE, mini.root, known_rules)
    assert broken.read() is None
    assert [p.line for p in broken.problems] == [6]
