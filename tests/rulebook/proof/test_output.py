"""`#>` lines are compared with what each print call wrote, both ways."""

from __future__ import annotations

from pathlib import Path

from rulebook.proof.output import Printed, output_failures

SOURCE = """\
for n in (1, 2):
    print(n)
    #> 1
    #> 2
print(
    "a",
    "b",
)
#> a b
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "x.py"
    path.write_text(text)
    return path


def test_loop_and_multi_line_call(tmp_path: Path) -> None:
    path = write(tmp_path, SOURCE)
    printed = [
        Printed(str(path), 2, "1\n"),
        Printed(str(path), 2, "2\n"),
        Printed(str(path), 5, "a b\n"),
    ]
    assert output_failures(path, "x.py", printed) == []


def test_difference_is_shown_as_a_diff(tmp_path: Path) -> None:
    path = write(tmp_path, SOURCE)
    printed = [Printed(str(path), 2, "1\n"), Printed(str(path), 5, "a b\n")]
    (failure,) = output_failures(path, "x.py", printed)
    assert failure.startswith(
        "x.py:3: the '#>' lines differ from what the print on line 2 wrote"
    )
    assert "-#> 2" in failure


def test_empty_lines_are_bare_markers(tmp_path: Path) -> None:
    path = write(tmp_path, 'print("a\\n\\nb")\n#> a\n#>\n#> b\n')
    assert output_failures(path, "x.py", [Printed(str(path), 1, "a\n\nb\n")]) == []


def test_output_of_a_library_call_sits_under_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "callback()\n#> from a library\n")
    printed = [Printed(str(path), 1, "from a library\n")]
    assert output_failures(path, "x.py", printed) == []
