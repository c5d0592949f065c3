"""Relative links in rule and gate pages land on a page that exists, at an anchor
that exists, and are reported at the line that holds them.

MkDocs reports a broken link only when the whole site is built, without the source
line; this check reads the pages themselves. A link's anchors are the ones the site
will have: each heading's slug as Python-Markdown's `toc` makes it (duplicates numbered
`_1`, `_2`), explicit `{ #id }` attributes, HTML `id=` attributes, and the headings the
rulebook generates on rule pages, gate pages and the hardening page. A page that
mkdocstrings fills (`::: module`) gets its anchors at build time: only the page is
checked there.
"""

from __future__ import annotations

import html
import posixpath
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

from rulebook.rules.docs_tree import DOCS_DIR
from rulebook.rules.frontmatter import FrontMatterError, SplitPage, split_page
from rulebook.rules.problems import Problem
from rulebook.validate.safety import without_code, without_fences

RULE_PAGE_HEADINGS = (
    "Why",
    "Do and don't",
    "How to spot it in review",
    "Enforcement",
    "Exceptions",
    "Related rules",
    "Gates that cite it",
    "Sources",
)
"""The level-2 headings `render.render_rule_page` writes on every rule page."""
GATE_PAGE_HEADINGS = ("Fails when", "Rules it enforces", "How to pass", "Sources")
"""The level-2 headings `render.render_gate_page` writes on every gate page."""
HARDENING_HEADINGS = (
    "Risk tiers",
    "Hardening rules",
    "Hard-fail codes",
    "Warning codes",
)
"""The section headings `render.render_hardening` writes on the hardening page."""
HARDENING_LISTS = ("tiers", "hardening", "fail_codes", "warnings")

_HEADING = re.compile(r"^(?P<level>#{1,6})[ \t]+(?P<text>.*?)[ \t]*#*[ \t]*$")
_ATTR_LIST = re.compile(r"\{:?(?P<attrs>[^{}]*)\}[ \t]*$")
_ID_ATTR = re.compile(r"(?:^|\s)#(?P<id>[\w-]+)")
_ANY_ATTR_LIST = re.compile(r"\{:?[^{}\n]*?(?<![\w&])#(?P<id>[\w-]+)[^{}\n]*\}")
_LINK = re.compile(r"!?\[(?:[^\]\n]|\n(?![ \t]*\n))*\]\(\s*<?(?P<url>[^\s)>]+)")
_REF_DEF = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?(?P<url>[^\s>]+)", re.MULTILINE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_MKDOCSTRINGS = re.compile(r"^:::[ \t]+\S", re.MULTILINE)


def slugify(text: str) -> str:
    """A heading's anchor, as Python-Markdown's `toc.slugify` makes it."""
    value = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = re.sub(r"[^\w\s-]", "", value).strip().lower()
    return re.sub(r"[-\s]+", "-", value)


def heading_text(markdown: str) -> str:
    """A heading's plain text, as `toc` sees it once the Markdown is rendered."""
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    text = re.sub(r"<[^>]+>", "", text).replace("`", "").replace("*", "")
    return html.unescape(text)


@dataclass(frozen=True)
class Link:
    """A link written in a page: its URL and the page line it is on."""

    url: str
    line: int


def link_problems(root: Path, pages: Iterable[Path]) -> list[Problem]:
    """Broken relative links and anchors in `pages`, at the line of each link."""
    anchors = _AnchorCache(root)
    problems: list[Problem] = []
    for page in pages:
        rule_id = _owner(page)
        for link in page_links(page.read_text(errors="replace")):
            problem = _check(root, page, link, anchors)
            if problem is not None:
                message, hint = problem
                problems.append(Problem(page, link.line, rule_id, message, hint))
    return problems


def page_links(text: str) -> list[Link]:
    """Every link target written in a page: body and front-matter text, not code."""
    try:
        split = split_page(text)
    except FrontMatterError:
        return list(_links(text, 1))
    found = list(_links(split.body, split.body_start_line))
    for _name, value, line in split.strings:
        found += [Link(link.url, line) for link in _links(value, line)]
    return found


def page_anchors(path: Path) -> set[str] | None:
    """The anchors a docs page will have on the site; None when only the build knows."""
    text = path.read_text(errors="replace")
    if _MKDOCSTRINGS.search(without_code(text)):
        return None
    try:
        split: SplitPage | None = split_page(text)
    except FrontMatterError:
        split = None
    body = split.body if split is not None else text
    fields = split.fields if split is not None else {}
    headings: list[str] = []
    explicit: set[str] = set()
    title = fields.get("title")
    # Rule and gate pages are rendered from data: the generated title and level-2
    # headings replace the authored ones; deeper headings are kept.
    generated_levels = 2 if _owner(path) else 0
    if path.parent.name == "rules" and _owner(path):
        headings += [f"{path.stem}: {title}", *RULE_PAGE_HEADINGS]
    elif _owner(path):
        headings += [f"{path.stem}: {title}", *GATE_PAGE_HEADINGS]
    elif path.parent.name == "gates" and path.stem == "hardening":
        headings += HARDENING_HEADINGS
        for name in HARDENING_LISTS:
            items = fields.get(name)
            if isinstance(items, list):
                explicit |= {
                    str(item["id"]).lower()
                    for item in items
                    if isinstance(item, dict) and "id" in item
                }
    prose = without_code(body)
    for line in without_fences(body).split("\n"):
        match = _HEADING.match(line)
        if match is None or len(match["level"]) <= generated_levels:
            continue
        text_part = match["text"]
        attrs = _ATTR_LIST.search(text_part)
        if attrs is not None:
            given = _ID_ATTR.search(attrs["attrs"])
            if given is not None:
                explicit.add(given["id"])
                continue
            text_part = text_part[: attrs.start()]
        headings.append(heading_text(text_part))
    explicit |= {match["id"] for match in _ANY_ATTR_LIST.finditer(prose)}
    ids = _IdReader()
    ids.feed(prose)
    ids.close()
    return _unique(headings) | explicit | ids.ids


def _unique(headings: list[str]) -> set[str]:
    used: set[str] = set()
    for heading in headings:
        slug = slugify(heading)
        candidate, number = slug, 0
        while candidate in used:
            number += 1
            candidate = f"{slug}_{number}"
        used.add(candidate)
    return used


def _links(markdown: str, first_line: int) -> Iterator[Link]:
    prose = without_code(markdown)
    for pattern in (_LINK, _REF_DEF):
        for match in pattern.finditer(prose):
            yield Link(match["url"], first_line + prose.count("\n", 0, match.start()))
    hrefs = _IdReader()
    hrefs.feed(prose)
    hrefs.close()
    for url, line in hrefs.hrefs:
        yield Link(url, first_line + line - 1)


def _owner(page: Path) -> str:
    if page.parent.name == "rules" and page.stem != "index":
        return page.stem
    return page.stem if page.stem.startswith("PQG-") else ""


def _check(
    root: Path, page: Path, link: Link, anchors: _AnchorCache
) -> tuple[str, str] | None:
    url = html.unescape(link.url)
    if _SCHEME.match(url) or url.startswith("//"):
        return None
    path_part, _hash, fragment = url.partition("#")
    target, problem = _target(root, page, url, unquote(path_part.split("?", 1)[0]))
    if target is None or not fragment or target.suffix != ".md":
        return problem
    known = anchors.of(target)
    if known is None or fragment in known:
        return None
    listed = ", ".join(sorted(known)[:15]) + (", ..." if len(known) > 15 else "")
    return (
        f"link to '{url}': {target.relative_to(root).as_posix()} has no anchor "
        f"'#{fragment}'",
        f"use an anchor of that page ({listed}), or give the heading "
        f"'{{ #{fragment} }}'",
    )


def _target(
    root: Path, page: Path, url: str, path_part: str
) -> tuple[Path | None, tuple[str, str] | None]:
    """The page a link lands on, or why it lands nowhere."""
    docs = root / DOCS_DIR
    if url.startswith("/"):
        return None, (
            f"link to '{url}' is an absolute path: it breaks when the site moves",
            "link the page relatively, for example ../decisions.md#c5",
        )
    if not path_part:
        return page, None
    here = page.parent.relative_to(docs).as_posix()
    relative = posixpath.normpath(posixpath.join(here, path_part))
    target = docs / relative
    if relative == ".." or relative.startswith("../"):
        return None, (
            f"link to '{url}' leaves docs/: {relative} is not published",
            "link a page under docs/, or the file's address on GitHub",
        )
    if path_part.endswith("/") or target.is_dir():
        return None, (
            f"link to '{url}' names a folder, not a page",
            "link the page's .md file, for example ../gates/index.md",
        )
    if not target.is_file():
        return None, (
            f"link to '{url}': docs/{relative} does not exist",
            "link an existing page; paths are relative to this page's folder",
        )
    return target, None


class _AnchorCache:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.known: dict[Path, set[str] | None] = {}

    def of(self, path: Path) -> set[str] | None:
        if path not in self.known:
            self.known[path] = page_anchors(path)
        return self.known[path]


class _IdReader(HTMLParser):
    """The `id` attributes and `<a href>` targets of the raw HTML in a text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.hrefs: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in {"id", "name"} and value and tag != "meta":
                self.ids.add(value)
            if tag == "a" and name == "href" and value:
                self.hrefs.append((value, self.getpos()[0]))
