"""Nothing on a page may run code or load content from another host.

Markdown passes raw HTML through, so prose (a rule's statement and sections, a gate
page, any front-matter text rendered on the site) could carry a `<script>`, an
`onerror=` handler, a `javascript:` link or an image from a third party. Each is
reported at its line. Text inside fenced code blocks and inline code spans is left
alone: it is escaped when rendered, and is how a page shows such code.

Raw HTML is read with `html.parser.HTMLParser`, so attributes are found however they
are quoted, spaced or entity-encoded; Markdown links and images are read by pattern.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from rulebook.rules.frontmatter import FrontMatterError, split_page
from rulebook.rules.problems import Problem

RUNS = frozenset({"script", "iframe", "object", "embed", "applet", "frame", "frameset"})
"""Tags that run code or embed another document."""
LOADS = frozenset({"style", "link", "meta", "base"})
"""Tags that load, restyle or redirect the page."""
MEDIA_ATTRIBUTES = frozenset({"src", "srcset", "poster", "data", "background"})
SVG_MEDIA = frozenset({"image", "use", "feimage"})
_BAD_SCHEMES = ("javascript:", "vbscript:", "data:text/html", "data:image/svg+xml")
_REMOTE = re.compile(r"^(?:https?:)?//", re.IGNORECASE)
_HANDLER = re.compile(r"^on[a-z]+$")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_CODE_SPAN = re.compile(
    r"(?<!`)(`+)(?!`)((?:(?!\n[ \t]*\n).)+?)(?<!`)\1(?!`)", re.DOTALL
)
_LINK = re.compile(
    r"(?P<image>!?)\[(?:[^\]\n]|\n(?![ \t]*\n))*\]\(\s*<?(?P<url>[^\s)>]+)"
)
_REF_IMAGE = re.compile(r"!\[(?P<alt>[^\]\n]*)\]\[(?P<label>[^\]\n]*)\]")
_REF_DEF = re.compile(
    r"^[ ]{0,3}\[(?P<label>[^\]\n]+)\]:[ \t]*<?(?P<url>[^\s>]+)", re.M
)
CODE_HINT = "write it as inline code (between backticks) or describe it in words"
LINK_HINT = (
    "link to a page of the site or an https:// address; to show such a URL, write it "
    "as inline code"
)
REMOTE_HINT = (
    "the site loads nothing from other hosts: save the image under docs/assets/ and "
    "reference it relatively, or link to it instead of embedding it"
)
AMPERSAND_HINT = (
    "write 'and' instead: engines disagree on escaping '&' in page titles, so it "
    "would read as '&amp;' on some of them"
)
TITLE_HINT = (
    "write the title without '<' or '>': it is shown in the navigation, the browser "
    "tab and every link to the page; name the code in the statement instead"
)


@dataclass(frozen=True, order=True)
class Finding:
    """One unsafe thing in a text; `offset` is its 0-based line within the text."""

    offset: int
    message: str
    hint: str


def without_fences(text: str) -> str:
    """`text` with the lines of fenced code blocks blanked to spaces.

    Line numbers and character offsets are kept, so a match in the result is a match
    at the same place in `text`.
    """
    lines: list[str] = []
    in_fence: str | None = None
    for line in text.split("\n"):
        fence = _FENCE.match(line)
        if fence:
            marker = fence.group(1)
            if in_fence is None:
                in_fence = marker
            elif marker.startswith(in_fence[0]) and len(marker) >= len(in_fence):
                in_fence = None
            lines.append(" " * len(line))
            continue
        lines.append(" " * len(line) if in_fence else line)
    return "\n".join(lines)


def without_code(text: str) -> str:
    """`text` with fenced code blocks and inline code spans blanked to spaces.

    Line numbers and character offsets are kept, as `without_fences` keeps them.
    """
    return _CODE_SPAN.sub(blank, without_fences(text))


def blank(match: re.Match[str]) -> str:
    """The matched text as spaces, its line breaks kept: for `re.sub`."""
    return re.sub(r"[^\n]", " ", match[0])


def unsafe_content(text: str) -> list[Finding]:
    """Everything in Markdown `text` that would run or load content when published."""
    prose = without_code(text)
    parser = _TagReader()
    parser.feed(prose)
    parser.close()
    findings = parser.findings
    definitions = {
        match["label"].lower(): match["url"] for match in _REF_DEF.finditer(prose)
    }
    for match in _LINK.finditer(prose):
        offset = prose.count("\n", 0, match.start())
        url = match["url"]
        findings += _url_findings(
            offset, url, "a Markdown link", image=bool(match["image"])
        )
    for match in _REF_DEF.finditer(prose):
        offset = prose.count("\n", 0, match.start())
        findings += _url_findings(offset, match["url"], "a link definition")
    for match in _REF_IMAGE.finditer(prose):
        label = (match["label"] or match["alt"]).lower()
        url = definitions.get(label)
        if url is not None:
            offset = prose.count("\n", 0, match.start())
            findings += _url_findings(offset, url, "a Markdown image", image=True)
    return sorted(set(findings))


def title_findings(title: str) -> list[Finding]:
    """A title may not hold '<' or '>', nor '&': it is rendered where Markdown never is.

    Material's templates insert page titles unescaped, other engines escape them, so
    only text that reads the same either way is safe in every engine's `<title>`,
    navigation and footer.
    """
    findings: list[Finding] = []
    if "<" in title or ">" in title:
        findings.append(
            Finding(0, "'<' and '>' are not allowed in a title", TITLE_HINT)
        )
    if "&" in title:
        findings.append(Finding(0, "'&' is not allowed in a title", AMPERSAND_HINT))
    return findings


def prose_problems(
    text: str, first_line: int, path: Path, rule_id: str
) -> list[Problem]:
    """`unsafe_content` of Markdown whose first line is page line `first_line`."""
    return [
        Problem(path, first_line + found.offset, rule_id, found.message, found.hint)
        for found in unsafe_content(text)
    ]


def field_problems(
    strings: Iterable[tuple[str, str, int]], path: Path, rule_id: str
) -> list[Problem]:
    """`unsafe_content` of front-matter text: (field, value, page line) triples."""
    return [
        Problem(path, line, rule_id, f"field '{name}': {found.message}", found.hint)
        for name, value, line in strings
        for found in unsafe_content(value)
    ]


def page_problems(path: Path, text: str, rule_id: str = "") -> list[Problem]:
    """Unsafe content anywhere in a hand-written page: front matter and body."""
    try:
        split = split_page(text)
    except FrontMatterError:
        return prose_problems(text, 1, path, rule_id)
    return [
        *field_problems(split.strings, path, rule_id),
        *prose_problems(split.body, split.body_start_line, path, rule_id),
    ]


def _normalised(url: str) -> str:
    return re.sub(r"[\x00-\x20]", "", html.unescape(url)).lower()


def _url_findings(
    offset: int, url: str, where: str, *, image: bool = False
) -> list[Finding]:
    plain = _normalised(url)
    findings: list[Finding] = []
    for scheme in _BAD_SCHEMES:
        if plain.startswith(scheme):
            findings.append(
                Finding(
                    offset,
                    f"'{scheme}' URL in {where} would run on the published page",
                    LINK_HINT,
                )
            )
    if image and _REMOTE.match(plain):
        findings.append(
            Finding(offset, f"image loaded from a third party: {url}", REMOTE_HINT)
        )
    return findings


class _TagReader(HTMLParser):
    """Collects the findings of every start tag in a text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.findings: list[Finding] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        offset = self.getpos()[0] - 1
        found = self.findings
        if tag in RUNS or tag in LOADS:
            effect = "run" if tag in RUNS else "load or restyle content"
            found.append(
                Finding(
                    offset,
                    f"raw HTML <{tag}> would {effect} on the published page",
                    CODE_HINT,
                )
            )
        for name, value in attrs:
            text = value or ""
            if _HANDLER.match(name):
                found.append(
                    Finding(
                        offset,
                        f"raw HTML <{tag} {name}=...>: an event handler would run on "
                        "the published page",
                        CODE_HINT,
                    )
                )
            elif name == "style" and re.search(r"url\s*\(|expression\s*\(", text, re.I):
                found.append(
                    Finding(
                        offset,
                        f"raw HTML <{tag} style=...> loads content from a style",
                        "drop the inline style; the site's styles live in "
                        "docs/assets/rulebook.css",
                    )
                )
            else:
                found.extend(
                    _url_findings(
                        offset,
                        text,
                        f"the {name} attribute of <{tag}>",
                        image=name in MEDIA_ATTRIBUTES
                        or (tag in SVG_MEDIA and name in {"href", "xlink:href"}),
                    )
                )
            if name == "srcset" and any(
                _REMOTE.match(_normalised(part)) for part in text.split(",")[1:]
            ):
                found.append(
                    Finding(
                        offset, f"image loaded from a third party: {text}", REMOTE_HINT
                    )
                )

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
