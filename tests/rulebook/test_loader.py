"""The loader reads every rule page and reports each problem with file, line, fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from rulebook.loader import load_rulebook, load_valid_rulebook
from rulebook.problems import Problem, RulebookInvalidError
from tests.builders import MiniRulebook

PAGE = "docs/rules/AP-PY16.md"


def problems_of(mini: MiniRulebook) -> list[Problem]:
    return list(load_rulebook(mini.root).problems)


def only_problem(mini: MiniRulebook) -> Problem:
    problems = problems_of(mini)
    assert len(problems) == 1, "\n".join(
        problem.format(mini.root) for problem in problems
    )
    return problems[0]


def test_a_valid_rule_loads_with_every_field(mini: MiniRulebook) -> None:
    rulebook = load_valid_rulebook(mini.root)
    (rule,) = rulebook.rules
    assert rule.id == "AP-PY16"
    assert rule.title == "Mutable default arguments"
    assert rule.enforced_by.ruff == ("B006",)
    assert rule.statement == "Never use a mutable object as a default argument value."
    assert rule.why.startswith("The default is built once")
    assert rule.good.files == (mini.root / "snippets/AP-PY16/good.py",)
    assert rule.line_of("enforced_by") == 8


def test_broken_yaml_names_the_line(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "level: must", "level: [must")
    problem = only_problem(mini)
    assert problem.path == mini.root / PAGE
    assert problem.line in {7, 8}
    assert "broken YAML" in problem.message
    assert "front matter" in problem.hint


def test_missing_front_matter(mini: MiniRulebook) -> None:
    mini.write(PAGE, "Just text.\n")
    problem = only_problem(mini)
    assert problem.line == 1
    assert "does not start with '---'" in problem.message


def test_unknown_field_names_its_line_and_the_known_fields(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "level: must\n", "level: must\nseverity: high\n")
    problem = only_problem(mini)
    assert problem.line == 7
    assert problem.message == "field 'severity': unknown field"
    assert "level" in problem.hint


def test_missing_field(mini: MiniRulebook) -> None:
    mini.edit(PAGE, 'since: "0.1.0"\n', "")
    problem = only_problem(mini)
    assert problem.message == "field 'since' is missing"
    assert "add 'since:'" in problem.hint


def test_bad_choice_lists_the_allowed_values(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "status: stable", "status: final")
    problem = only_problem(mini)
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
    messages = [p.message for p in problems_of(mini) if p.path.name == "WEB-01.md"]
    assert any("unknown area prefix 'WEB'" in message for message in messages)


def test_id_must_match_the_file_name(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "id: AP-PY16", "id: AP-PY17")
    problem = only_problem(mini)
    assert "does not match the file name" in problem.message


def test_duplicate_id_is_reported_on_both_pages(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17")
    mini.edit("docs/rules/AP-PY17.md", "id: AP-PY17", "id: AP-PY16")
    duplicates = [p for p in problems_of(mini) if "duplicate ID" in p.message]
    assert {p.path.name for p in duplicates} == {"AP-PY16.md", "AP-PY17.md"}
    assert all(p.line == 2 for p in duplicates)


def test_area_must_match_the_prefix(mini: MiniRulebook) -> None:
    mini.add_rule("DATA-01")
    mini.edit("docs/rules/DATA-01.md", "area: data", "area: testing")
    problem = only_problem(mini)
    assert problem.rule_id == "DATA-01"
    assert problem.hint == "set area: data"


def test_unknown_related_id(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "related: []", "related: [AP-PY99]")
    problem = only_problem(mini)
    assert problem.line == 10
    assert problem.message == "field 'related': unknown rule ID 'AP-PY99'"


def test_known_related_id_loads(mini: MiniRulebook) -> None:
    mini.add_rule("AP-PY17", related="[AP-PY16]")
    rules = load_valid_rulebook(mini.root).by_id()
    assert rules["AP-PY17"].related == ("AP-PY16",)


def test_unknown_ruff_code(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "ruff: [B006]", "ruff: [B999]")
    problem = only_problem(mini)
    assert problem.message == "field 'enforced_by': ruff has no rule 'B999'"
    assert "ruff rule" in problem.hint


def test_enforcement_needs_a_tool_or_a_reason(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "  ruff: [B006]", "  ruff: []")
    problem = only_problem(mini)
    assert "names no tool and no review reason" in problem.message


def test_missing_bad_example(mini: MiniRulebook) -> None:
    (mini.root / "snippets/AP-PY16/bad.py").unlink()
    problem = only_problem(mini)
    assert problem.message == "the BAD example is missing"
    assert "snippets/AP-PY16/bad.py" in problem.hint


def test_folder_example_needs_main(mini: MiniRulebook) -> None:
    (mini.root / "snippets/AP-PY16/good.py").unlink()
    mini.write("snippets/AP-PY16/good/service.py", "VALUE = 1\n")
    problem = only_problem(mini)
    assert "has no main.py" in problem.message


def test_bad_example_without_marker(mini: MiniRulebook) -> None:
    mini.edit("snippets/AP-PY16/bad.py", "  # [AP-PY16]", "")
    problem = only_problem(mini)
    assert problem.path.name == "bad.py"
    assert "marks no line with # [AP-PY16]" in problem.message


def test_good_example_with_its_own_marker(mini: MiniRulebook) -> None:
    mini.edit(
        "snippets/AP-PY16/good.py",
        'found.append("new")',
        'found.append("new")  # [AP-PY16]',
    )
    problem = only_problem(mini)
    assert problem.path.name == "good.py"
    assert problem.line == 3


def test_marker_with_unknown_id(mini: MiniRulebook) -> None:
    mini.edit("snippets/AP-PY16/bad.py", "return extra", "return extra  # [AP-PY42]")
    problem = only_problem(mini)
    assert problem.message == "marker names unknown rule ID 'AP-PY42'"
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
    messages = [problem.message for problem in problems_of(mini)]
    assert expected in messages


def test_sections_out_of_order(mini: MiniRulebook) -> None:
    text = (mini.root / PAGE).read_text()
    why = (
        "## Why\n\nThe default is built once, when the function is defined, "
        "and shared by every call.\n\n"
    )
    text = text.replace(why, "") + "\n" + why
    mini.write(PAGE, text)
    assert "sections are out of order" in [p.message for p in problems_of(mini)]


def test_template_placeholder_is_rejected_in_pages_and_examples(
    mini: MiniRulebook,
) -> None:
    mini.edit(PAGE, "None.\n", "FILL IN: when is breaking the rule right?\n")
    mini.edit("snippets/AP-PY16/good.py", "found = ", "# FILL IN\nfound = ")
    placeholders = [p for p in problems_of(mini) if "placeholder" in p.message]
    assert {p.path.name for p in placeholders} == {"AP-PY16.md", "good.py"}


def test_binary_file_in_an_example(mini: MiniRulebook) -> None:
    (mini.root / "snippets/AP-PY16/good.py").unlink()
    mini.write("snippets/AP-PY16/good/main.py", "print(1)\n#> 1\n")
    (mini.root / "snippets/AP-PY16/good/data.txt").write_bytes(b"\xff\xfe\x00")
    problem = only_problem(mini)
    assert problem.message == "'data.txt' is not a text file"


def test_orphan_snippet_folder(mini: MiniRulebook) -> None:
    mini.write("snippets/AP-PY18/good.py", "print(1)\n")
    problem = only_problem(mini)
    assert problem.message == "examples for 'AP-PY18' but no rule page"


def test_every_problem_is_reported_at_once(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "status: stable", "status: final")
    mini.edit(PAGE, "level: must\n", "level: must\nseverity: high\n")
    mini.edit(PAGE, "related: []", "related: [AP-PY99]")
    (mini.root / "snippets/AP-PY16/bad.py").unlink()
    with pytest.raises(RulebookInvalidError) as raised:
        load_valid_rulebook(mini.root)
    text = str(raised.value)
    assert text.startswith("the rulebook has 3 problems:")
    for fragment in (
        "'final' is not allowed",
        "unknown field",
        "BAD example is missing",
    ):
        assert fragment in text
    assert "docs/rules/AP-PY16.md:4: AP-PY16:" in text


def test_index_page_is_not_a_rule(mini: MiniRulebook) -> None:
    mini.write("docs/rules/index.md", "# Rules\n")
    assert load_valid_rulebook(mini.root).rules


def test_rules_come_in_catalogue_order(mini: MiniRulebook) -> None:
    for rule_id in ("DATA-01", "ARCH-02", "AP-PY02"):
        mini.add_rule(rule_id)
    rules = load_valid_rulebook(mini.root).rules
    assert [rule.id for rule in rules] == ["AP-PY02", "AP-PY16", "ARCH-02", "DATA-01"]


def test_real_rulebook_root_has_rules(root: Path) -> None:
    assert (root / "docs/rules").is_dir()
