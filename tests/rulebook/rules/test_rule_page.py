"""One rule page is read with every problem named by file, line or field, and a fix."""

from __future__ import annotations

from rulebook.proof.ruff import known_rules
from rulebook.rules.examples import Framework
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


def test_template_placeholder_is_rejected_in_pages_and_examples(
    mini: MiniRulebook,
) -> None:
    mini.edit(PAGE, "None.\n", "FILL IN: when is breaking the rule right?\n")
    mini.edit("snippets/AP-PY16/good.py", "found = ", "# FILL IN\nfound = ")
    placeholders = [p for p in mini.problems() if "placeholder" in p.message]
    assert {p.path.name for p in placeholders} == {"AP-PY16.md", "good.py"}


def test_the_reader_reads_one_page_on_its_own(mini: MiniRulebook) -> None:
    reader = RulePageReader(mini.root / PAGE, mini.root, known_rules)
    rule = reader.read()
    assert rule is not None
    assert (rule.id, reader.declared_id, reader.problems) == ("AP-PY16", "AP-PY16", [])
    assert rule.frameworks == (Framework.FASTAPI,)
    mini.edit(PAGE, "level: must", "level: often")
    broken = RulePageReader(mini.root / PAGE, mini.root, known_rules)
    assert broken.read() is None
    assert [p.line for p in broken.problems] == [6]


def test_every_reader_reports_into_one_list(mini: MiniRulebook) -> None:
    mini.edit(PAGE, "level: must", "level: often")
    mini.edit(PAGE, "## Why\n", "## Rationale\n")
    mini.add_django()
    mini.edit("snippets/AP-PY16/django/bad.py", "  # [AP-PY16]", "")
    reader = RulePageReader(mini.root / PAGE, mini.root, known_rules)
    assert reader.read() is None
    assert sorted(p.message for p in reader.problems) == [
        "field 'level': 'often' is not allowed",
        "section '## Why' is missing",
        "the Django BAD example marks no line with # [AP-PY16]",
        "unknown section '## Rationale'",
    ]


def test_a_django_pair_becomes_a_variant_of_the_rule(mini: MiniRulebook) -> None:
    mini.add_django()
    rule = RulePageReader(mini.root / PAGE, mini.root, known_rules).read()
    assert rule is not None
    assert rule.frameworks == (Framework.FASTAPI, Framework.DJANGO)
    assert rule.good.framework is Framework.FASTAPI
    django = rule.pair(Framework.DJANGO)
    assert django is not None
    assert django.bad.location == mini.root / "snippets/AP-PY16/django/bad.py"
