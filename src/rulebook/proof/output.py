"""Compare what an example printed with the `#>` lines written under its prints.

The form, documented in docs/using/rule-format.md: every line a `print` call writes
appears as one `#> line` (an empty line as a bare `#>`), directly under the call's last
line, at any indentation. A call that runs several times (in a loop) lists all its
lines in order. The form does not depend on the statement around the call, so it is
the same inside `match`/`case`, a loop's `else`, `finally` or a function.

pytest-examples (which the suite used before) places output by walking statement
bodies, misses `match`, loop `else` and `finally`, counts prose lines from the fence,
and cannot tell a stale `#>` line from one a print produced; this module exists for
those reasons. It checks both ways: every executed print has its lines, and every
`#>` line was produced by a print that ran.
"""

from __future__ import annotations

import ast
import difflib
import re
from dataclasses import dataclass
from pathlib import Path

_OUTPUT = re.compile(r"^\s*#>(?: (?P<text>.*))?$")


@dataclass(frozen=True)
class Printed:
    """One call of `print` in an example file: where, and the text it wrote."""

    path: str
    line: int
    text: str


@dataclass(frozen=True)
class _Block:
    anchor: int
    """The line just above the block: where its print call must end."""
    first: int
    lines: tuple[str, ...]


def _blocks(source: str) -> list[_Block]:
    blocks: list[_Block] = []
    current: list[str] = []
    start = 0
    lines = source.splitlines()
    for number, line in enumerate(lines, start=1):
        match = _OUTPUT.match(line)
        if match:
            if not current:
                start = number
            current.append((match["text"] or "").rstrip())
            continue
        if current:
            blocks.append(_Block(start - 1, start, tuple(current)))
            current = []
    if current:
        blocks.append(_Block(start - 1, start, tuple(current)))
    return blocks


def _print_calls(tree: ast.AST) -> list[tuple[int, int]]:
    """(first line, last line) of every `print(...)` call."""
    return [
        (node.lineno, node.end_lineno or node.lineno)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "print"
    ]


def output_failures(path: Path, shown: str, printed: list[Printed]) -> list[str]:
    """Every disagreement between `path`'s `#>` lines and what its prints wrote.

    `printed` holds the prints recorded in this file, in the order they ran; `shown`
    is the path to name in messages. Each message is `shown:line: what; fix`.
    """
    source = path.read_text(encoding="utf-8")
    calls = _print_calls(ast.parse(source))
    ends = {end: start for start, end in calls}
    written: dict[int, list[str]] = {}
    failures: list[str] = []
    for record in printed:
        call = next(
            ((start, end) for start, end in calls if start <= record.line <= end), None
        )
        if call is None:
            # print called by a library on this line's behalf (pickle, a callback):
            # its output belongs under the line itself.
            call = (record.line, record.line)
            ends.setdefault(record.line, record.line)
        lines = record.text.removesuffix("\n").split("\n")
        written.setdefault(call[1], []).extend(line.rstrip() for line in lines)
    blocks = {block.anchor: block for block in _blocks(source)}
    for anchor, block in sorted(blocks.items()):
        if anchor not in ends:
            failures.append(
                f"{shown}:{block.first}: '#>' lines that follow line {anchor}, which "
                "is not the last line of a print(...) call; put output right under "
                "the print that writes it, or delete it"
            )
        elif anchor not in written:
            failures.append(
                f"{shown}:{block.first}: the print on line {ends[anchor]} never ran, "
                "so nothing produced these '#>' lines (is it in a function nobody "
                "calls?); call it, or delete the lines"
            )
    for end, lines in sorted(written.items()):
        start = ends[end]
        if end not in blocks:
            preview = "\n".join(f"#> {line}".rstrip() for line in lines[:5])
            failures.append(
                f"{shown}:{start}: this print wrote output but no '#>' line follows "
                f"it; add under line {end}:\n{preview}"
            )
            continue
        block = blocks[end]
        if list(block.lines) != lines:
            diff = "\n".join(
                difflib.unified_diff(
                    [f"#> {line}".rstrip() for line in block.lines],
                    [f"#> {line}".rstrip() for line in lines],
                    "as written",
                    "as printed",
                    lineterm="",
                )
            )
            failures.append(
                f"{shown}:{block.first}: the '#>' lines differ from what the print on "
                f"line {start} wrote; write what it prints:\n{diff}"
            )
    return failures
