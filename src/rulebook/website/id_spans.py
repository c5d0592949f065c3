"""Keep IDs whole in link text: `[AP-PY03: title](...)` never breaks at the hyphen.

Browsers may break a line after a hyphen, so "AP-" can end one line and "PY03" start
the next. CSS (`white-space: nowrap`) can only keep an element whole, so the ID at the
start of a link's text is wrapped in `<span class="rule-id">`. The text a reader copies
and the search index read the same. Code (fenced blocks and inline spans) is left
alone, and so are HTML tags: `safety.without_code` blanks code to spaces of the same
length and tags are blanked the same way, so offsets in the blanked text are offsets in
the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rulebook.validate.safety import blank, without_code

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
    prose = _TAG.sub(blank, without_code(markdown))
    pieces: list[str] = []
    last = 0
    for match in pattern.finditer(prose):
        start, end = match.span("id")
        pieces += [markdown[last:start], SPAN.format(markdown[start:end])]
        last = end
    pieces.append(markdown[last:])
    return "".join(pieces)
