"""Every file in `snippets/<ID>/` belongs to one of the rule's examples."""

from __future__ import annotations

from tests.builders import MiniRulebook

ALLOWED = (
    "move it into an example or delete it; AP-PY16/ holds only: good.py, good.md, "
    "bad.py, bad.md, good/, bad/, django/"
)


def test_a_stray_file_is_named(mini: MiniRulebook) -> None:
    path = mini.write("snippets/AP-PY16/notes.txt", "draft\n")
    problem = mini.only_problem()
    assert (problem.path, problem.line, problem.rule_id) == (path, 1, "AP-PY16")
    assert problem.message == "'notes.txt' belongs to no example"
    assert problem.hint == ALLOWED


def test_an_unknown_folder_is_stray(mini: MiniRulebook) -> None:
    mini.write("snippets/AP-PY16/fastapi/main.py", "print(1)\n")
    problem = mini.only_problem()
    assert problem.message == "'fastapi/' belongs to no example"


def test_a_shadowed_candidate_is_named(mini: MiniRulebook) -> None:
    path = mini.write("snippets/AP-PY16/good.md", "# Good\n")
    problem = mini.only_problem()
    assert problem.path == path
    assert problem.message == "'good.md' is never used: 'good.py' is the GOOD example"
    assert problem.hint == "keep one GOOD and one BAD example; delete or merge this one"


def test_a_folder_beside_a_single_file_is_never_used(mini: MiniRulebook) -> None:
    mini.write("snippets/AP-PY16/bad/main.py", "print(1)\n")
    problem = mini.only_problem()
    assert problem.message == "'bad/' is never used: 'bad.py' is the BAD example"


def test_django_variants_and_caches_are_allowed(mini: MiniRulebook) -> None:
    mini.add_django()
    mini.write("snippets/AP-PY16/__pycache__/good.cpython-311.pyc", "")
    mini.write("snippets/AP-PY16/django/__pycache__/good.cpython-311.pyc", "")
    assert mini.problems() == []


def test_a_stray_file_inside_django_is_named(mini: MiniRulebook) -> None:
    mini.add_django()
    path = mini.write("snippets/AP-PY16/django/settings.py", "DEBUG = False\n")
    problem = mini.only_problem()
    assert (problem.path, problem.line, problem.rule_id) == (path, 1, "AP-PY16")
    assert problem.message == "'settings.py' belongs to no example"
    assert problem.hint == (
        "move it into an example or delete it; AP-PY16/django/ holds only: good.py, "
        "good.md, bad.py, bad.md, good/, bad/"
    )


def test_no_framework_folder_inside_django(mini: MiniRulebook) -> None:
    mini.add_django()
    mini.write("snippets/AP-PY16/django/django/good.py", "print(1)\n")
    problem = mini.only_problem()
    assert problem.message == "'django/' belongs to no example"


def test_a_shadowed_django_candidate_is_named(mini: MiniRulebook) -> None:
    mini.add_django()
    mini.write("snippets/AP-PY16/django/bad/main.py", "print(1)\n")
    problem = mini.only_problem()
    assert problem.path == mini.root / "snippets/AP-PY16/django/bad"
    assert problem.message == (
        "'bad/' is never used: 'bad.py' is the Django BAD example"
    )
