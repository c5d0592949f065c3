"""A rule's example pairs are found and checked: the default one and Django's."""

from __future__ import annotations

from pathlib import Path

from rulebook.rules.examples import Framework
from rulebook.rules.page_examples import ExampleReader
from rulebook.rules.problems import ProblemLog
from tests.builders import MiniRulebook


def reader_of(mini: MiniRulebook) -> ExampleReader:
    return ExampleReader(
        ProblemLog(mini.root / "docs/rules/AP-PY16.md", "AP-PY16"), mini.root
    )


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


def test_binary_file_in_an_example(mini: MiniRulebook) -> None:
    (mini.root / "snippets/AP-PY16/good.py").unlink()
    mini.write("snippets/AP-PY16/good/main.py", "print(1)\n#> 1\n")
    (mini.root / "snippets/AP-PY16/good/data.txt").write_bytes(b"\xff\xfe\x00")
    problem = mini.only_problem()
    assert problem.message == "'data.txt' is not a text file"


def test_a_rule_without_a_framework_folder_has_no_variants(mini: MiniRulebook) -> None:
    reader = reader_of(mini)
    default = reader.read_default()
    assert default is not None
    assert default.framework is Framework.FASTAPI
    assert reader.read_variants() == ()
    assert reader.log.problems == []


def test_a_django_pair_is_read_with_its_framework(mini: MiniRulebook) -> None:
    mini.add_django()
    reader = reader_of(mini)
    variants = reader.read_variants()
    assert variants is not None
    (django,) = variants
    assert django.framework is Framework.DJANGO
    assert django.good.location == mini.root / "snippets/AP-PY16/django/good.py"
    assert [e.test_id for e in django.examples] == [
        "AP-PY16-django-good",
        "AP-PY16-django-bad",
    ]
    assert reader.log.problems == []


def test_a_django_folder_must_hold_both_examples(mini: MiniRulebook) -> None:
    mini.write("snippets/AP-PY16/django/good.py", "print(1)\n#> 1\n")
    problem = mini.only_problem()
    assert (problem.path, problem.line) == (mini.root / "snippets/AP-PY16/django", 1)
    assert problem.message == "the Django BAD example is missing"
    assert problem.hint.startswith("add snippets/AP-PY16/django/bad.py (or bad.md")
    assert "holds both examples of the pair" in problem.hint
    assert reader_of(mini).read_variants() is None


def test_django_bad_must_mark_the_rule(mini: MiniRulebook) -> None:
    mini.add_django()
    mini.edit("snippets/AP-PY16/django/bad.py", "  # [AP-PY16]", "")
    problem = mini.only_problem()
    assert problem.path == mini.root / "snippets/AP-PY16/django/bad.py"
    assert problem.message == "the Django BAD example marks no line with # [AP-PY16]"
    assert problem.hint == "end each offending line with '# [AP-PY16]'"


def test_django_good_carries_no_marker_of_its_rule(mini: MiniRulebook) -> None:
    mini.add_django()
    mini.edit(
        "snippets/AP-PY16/django/good.py",
        'found.append("new")',
        'found.append("new")  # [AP-PY16]',
    )
    problem = mini.only_problem()
    assert (problem.path.name, problem.line) == ("good.py", 3)
    assert problem.path.parent.name == "django"
    assert problem.message == "Django GOOD example carries the marker [AP-PY16]"


def test_django_examples_follow_the_artefact_rules(mini: MiniRulebook) -> None:
    mini.add_django()
    (mini.root / "snippets/AP-PY16/django/good.py").unlink()
    mini.write("snippets/AP-PY16/django/good/crm/models.py", "X = 1\n")
    mini.write("snippets/AP-PY16/django/good/settings.ini", "[x]\n")
    messages = {(p.path.name, p.message) for p in mini.problems()}
    assert messages == {
        ("settings.ini", "no checker knows how to prove 'settings.ini'"),
        ("good", "the Django GOOD folder has no main.py"),
    }


def test_a_broken_django_pair_keeps_the_rule_from_loading(mini: MiniRulebook) -> None:
    mini.add_django()
    (mini.root / "snippets/AP-PY16/django/bad.py").unlink()
    from rulebook.rules.loader import load_rulebook

    assert load_rulebook(mini.root).rules == ()


def test_problem_paths_are_the_example_files(tmp_path: Path) -> None:
    log = ProblemLog(tmp_path / "docs/rules/AP-PY16.md", "AP-PY16")
    reader = ExampleReader(log, tmp_path)
    assert reader.read_default() is None
    assert [(p.path, p.message) for p in log.problems] == [
        (tmp_path / "docs/rules/AP-PY16.md", "the GOOD example is missing"),
        (tmp_path / "docs/rules/AP-PY16.md", "the BAD example is missing"),
    ]


def test_a_django_folder_left_with_caches_only_is_no_pair(mini: MiniRulebook) -> None:
    mini.write("snippets/AP-PY16/django/__pycache__/bad.cpython-311.pyc", "")
    assert mini.problems() == []
    assert reader_of(mini).read_variants() == ()
