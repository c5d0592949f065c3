"""Examples are found as files or folders, and their `# [ID]` markers are read."""

from __future__ import annotations

from pathlib import Path

from rulebook.rules.examples import (
    VARIANT_FRAMEWORKS,
    ExamplePair,
    Framework,
    Kind,
    Marker,
    example_folder,
    find_example,
    has_pair_folder,
)
from tests.builders import MiniRulebook


def test_single_file_example(mini: MiniRulebook) -> None:
    bad = find_example(mini.root / "snippets", "AP-PY16", Kind.BAD)
    assert bad is not None
    assert not bad.is_folder
    assert bad.entry == mini.root / "snippets/AP-PY16/bad.py"
    assert bad.test_id == "AP-PY16-bad"
    assert bad.markers() == (Marker(bad.entry, 1, "AP-PY16"),)


def test_folder_example_runs_main(mini: MiniRulebook) -> None:
    mini.write("snippets/AP-PY20/good/main.py", "import b\n")
    mini.write("snippets/AP-PY20/good/b.py", "X = 1  # [AP-PY03]\n")
    good = find_example(mini.root / "snippets", "AP-PY20", Kind.GOOD)
    assert good is not None
    assert good.is_folder
    assert good.entry.name == "main.py"
    assert [path.name for path in good.files] == ["b.py", "main.py"]
    assert [(m.path.name, m.line, m.rule_id) for m in good.markers()] == [
        ("b.py", 1, "AP-PY03")
    ]


def test_tool_caches_are_not_part_of_a_folder_example(mini: MiniRulebook) -> None:
    mini.write("snippets/AP-PY20/good/main.py", "X = 1\n")
    mini.write("snippets/AP-PY20/good/.ruff_cache/CACHEDIR.TAG", "cache\n")
    mini.write("snippets/AP-PY20/good/__pycache__/main.cpython-311.pyc", "")
    good = find_example(mini.root / "snippets", "AP-PY20", Kind.GOOD)
    assert good is not None
    assert [path.name for path in good.files] == ["main.py"]


def test_missing_example(mini: MiniRulebook) -> None:
    assert find_example(mini.root / "snippets", "AP-PY99", Kind.GOOD) is None


def test_marker_must_end_the_line(mini: MiniRulebook) -> None:
    mini.write("snippets/AP-PY20/bad.py", "x = '# [AP-PY01] inside a string' + 'y'\n")
    bad = find_example(mini.root / "snippets", "AP-PY20", Kind.BAD)
    assert bad is not None
    assert bad.markers() == ()


def test_a_django_example_lives_in_its_framework_folder(mini: MiniRulebook) -> None:
    mini.add_django()
    snippets = mini.root / "snippets"
    good = find_example(snippets, "AP-PY16", Kind.GOOD, Framework.DJANGO)
    assert good is not None
    assert good.location == snippets / "AP-PY16/django/good.py"
    assert (good.framework, good.test_id, good.label) == (
        Framework.DJANGO,
        "AP-PY16-django-good",
        "Django GOOD",
    )
    default = find_example(snippets, "AP-PY16", Kind.GOOD)
    assert default is not None
    assert (default.framework, default.test_id, default.label) == (
        Framework.FASTAPI,
        "AP-PY16-good",
        "GOOD",
    )
    assert find_example(snippets, "AP-PY16", Kind.BAD, Framework.DJANGO) is not None
    assert find_example(snippets, "AP-PY17", Kind.BAD, Framework.DJANGO) is None


def test_frameworks_and_their_folders(tmp_path: Path) -> None:
    assert [(f.value, f.label, f.is_default) for f in Framework] == [
        ("fastapi", "FastAPI", True),
        ("django", "Django", False),
    ]
    assert VARIANT_FRAMEWORKS == (Framework.DJANGO,)
    assert example_folder(tmp_path, "X-01", Framework.FASTAPI) == tmp_path / "X-01"
    assert example_folder(tmp_path, "X-01", Framework.DJANGO) == (
        tmp_path / "X-01/django"
    )


def test_a_pair_speaks_its_examples_framework(mini: MiniRulebook) -> None:
    mini.add_django()
    snippets = mini.root / "snippets"
    good = find_example(snippets, "AP-PY16", Kind.GOOD, Framework.DJANGO)
    bad = find_example(snippets, "AP-PY16", Kind.BAD, Framework.DJANGO)
    assert good is not None
    assert bad is not None
    pair = ExamplePair(good, bad)
    assert pair.framework is Framework.DJANGO
    assert pair.examples == (good, bad)


def test_every_example_knows_its_rulebook(mini: MiniRulebook) -> None:
    mini.add_django()
    (mini.root / "snippets/AP-PY16/django/good.py").unlink()
    mini.write("snippets/AP-PY16/django/good/main.py", "print(1)\n#> 1\n")
    snippets = mini.root / "snippets"
    found = [
        find_example(snippets, "AP-PY16", kind, framework)
        for kind in Kind
        for framework in Framework
    ]
    assert [example and example.rulebook_root for example in found] == [mini.root] * 4


def test_a_framework_folder_of_caches_only_holds_no_pair(mini: MiniRulebook) -> None:
    snippets = mini.root / "snippets"
    assert has_pair_folder(snippets, "AP-PY16", Framework.FASTAPI)
    assert not has_pair_folder(snippets, "AP-PY16", Framework.DJANGO)
    mini.write("snippets/AP-PY16/django/__pycache__/good.cpython-311.pyc", "")
    assert not has_pair_folder(snippets, "AP-PY16", Framework.DJANGO)
    mini.write("snippets/AP-PY16/django/good.py", "print(1)\n")
    assert has_pair_folder(snippets, "AP-PY16", Framework.DJANGO)
