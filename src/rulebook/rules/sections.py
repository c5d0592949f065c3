"""Split a rule page's Markdown body into its statement and its `## ` sections."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


@dataclass(frozen=True)
class Section:
    """One `## Heading` and the Markdown under it; `line` is the heading's page line."""

    heading: str
    text: str
    line: int


@dataclass(frozen=True)
class Body:
    """A rule page body: the text before the first heading, then level-2 sections."""

    statement: str
    statement_line: int
    sections: tuple[Section, ...]
    stray_headings: tuple[Section, ...]
    """Level-1 headings, which the page must not have: the title is generated."""


def split_body(body: str, first_line: int) -> Body:
    """Split `body`, whose first line is page line `first_line`."""
    statement_lines: list[str] = []
    sections: list[tuple[str, int, list[str]]] = []
    stray: list[Section] = []
    in_fence: str | None = None
    for offset, line in enumerate(body.splitlines()):
        fence = _FENCE.match(line)
        if fence:
            marker = fence.group(1)[0]
            if in_fence is None:
                in_fence = marker
            elif in_fence == marker:
                in_fence = None
        heading = None if in_fence or fence else _HEADING.match(line)
        if heading and len(heading.group(1)) == 1:
            stray.append(Section(heading.group(2), "", first_line + offset))
            continue
        if heading and len(heading.group(1)) == 2:
            sections.append((heading.group(2), first_line + offset, []))
            continue
        if sections:
            sections[-1][2].append(line)
        else:
            statement_lines.append(line)
    statement_offset = next(
        (index for index, line in enumerate(statement_lines) if line.strip()), 0
    )
    return Body(
        statement="\n".join(statement_lines).strip(),
        statement_line=first_line + statement_offset,
        sections=tuple(
            Section(heading, "\n".join(lines).strip(), line)
            for heading, line, lines in sections
        ),
        stray_headings=tuple(stray),
    )
