"""Keep IDs whole in link text: `[AP-PY03: title](...)` never breaks at the hyphen.

Browsers may break a line after a hyphen, so "AP-" can end one line and "PY03" start
the next. CSS (`white-space: nowrap`) can only keep an element whole, so the ID at the
start of a link's text is wrapped in `<span class="rule-id">`. The text a reader copies
and the search index read the same. Code (fenced blocks and inline spans) is left
alone, and so are HTML tags: they are blanked to spaces of the same length first, so
offsets in the blanked text are offsets in the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rulebook.validate.safety import CODE_SPAN

SPAN = '<span class="rule-id">{}</span>'
_TAG = re.compile(r"<[^<>]*>")


def id_spans(markdown: str, ids: Iterable[str]) -> str:
    """`markdown` with each published ID that starts a link's text wrapped in a span.

    `ids` are the published IDs (any order); an ID matches in its published case only,
    and only whole (`DATA-1` never matches inside `DATA-10`).
    """
    alternatives = "|".join(
        re.escape(item) for item in sorted(ids, key=len, reverse=True)
    )
    if not alternatives:
        return markdown
    pattern = re.compile(rf"(?<!!)\[(?P<id>{alternatives})(?=[\]:\s])")
    # A copy button's attribute holds a Markdown link: tags are blanked with code.
    prose = _TAG.sub(_blank, CODE_SPAN.sub(_blank, _blank_fences(markdown)))
    pieces: list[str] = []
    last = 0
    for match in pattern.finditer(prose):
        start, end = match.span("id")
        pieces += [markdown[last:start], SPAN.format(markdown[start:end])]
        last = end
    pieces.append(markdown[last:])
    return "".join(pieces)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match[0])


def _blank_fences(markdown: str) -> str:
    """`markdown` with every fenced block's lines (fences included) made spaces."""
    lines = markdown.splitlines(keepends=True)
    fence: str | None = None
    for index, line in enumerate(lines):
        stripped = line.strip()
        opening = re.match(r"(`{3,}|~{3,})", stripped)
        if fence is None and opening:
            fence = opening[1]
        elif fence is not None and _closes(stripped, fence):
            lines[index] = re.sub(r"[^\n]", " ", line)
            fence = None
            continue
        if fence is not None:
            lines[index] = re.sub(r"[^\n]", " ", line)
    return "".join(lines)


def _closes(stripped: str, fence: str) -> bool:
    """Whether a line (stripped) closes a block opened by `fence`: same character, at
    least as many, nothing else."""
    return len(stripped) >= len(fence) and stripped == fence[0] * len(stripped)
