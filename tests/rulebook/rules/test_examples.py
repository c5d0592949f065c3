"""Examples are found as files or folders, and their `# [ID]` markers are read."""

from __future__ import annotations

from rulebook.rules.examples import Kind, Marker, find_example
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
