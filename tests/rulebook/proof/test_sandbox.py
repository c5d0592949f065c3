"""The box records prints, executed modules and crashes, and refuses escapes."""

from __future__ import annotations

from pathlib import Path

from rulebook.proof.sandbox import BoxResult, run_in_box


def box(
    tmp_path: Path, source: str, protect: Path | None = None, timeout: float = 5.0
) -> BoxResult:
    path = tmp_path / "example.py"
    path.write_text(source)
    return run_in_box(path, [path], protect=protect, timeout=timeout)


def test_prints_and_working_directory(tmp_path: Path) -> None:
    result = box(tmp_path, "import os\nprint(os.getcwd() != 'x', 2, sep='-')\n")
    assert [(p.line, p.text) for p in result.printed] == [(2, "True-2\n")]
    assert result.executed == {str(tmp_path / "example.py")}


def test_crash_places(tmp_path: Path) -> None:
    result = box(tmp_path, "def f() -> None:\n    raise KeyError('k')\n\n\nf()\n")
    crash = result.crash
    assert crash is not None
    assert crash.type_name == "KeyError"
    assert [line for _file, line in crash.places] == [5, 2]


def test_socket_is_blocked(tmp_path: Path) -> None:
    result = box(tmp_path, "import socket\nsocket.socket()\n")
    assert result.crash is not None
    assert result.crash.blocked_socket


def test_write_under_the_protected_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "repo").mkdir()
    target = tmp_path / "repo" / "ids.txt"
    result = box(
        tmp_path, f"open({str(target)!r}, 'w').write('x')\n", protect=tmp_path / "repo"
    )
    assert result.crash is not None
    assert result.crash.blocked_write
    assert not target.exists()


def test_hang_is_stopped(tmp_path: Path) -> None:
    result = box(tmp_path, "while True:\n    pass\n", timeout=0.5)
    assert result.timed_out
