"""Find every fenced code block in the rulebook's prose, with its exact page lines.

The suite used pytest-examples' `find_examples` before. It finds only blocks whose
language starts with `py`, so a bash, YAML or TOML block was never checked by
anything, and its line numbers count from the fence line, so a lint finding pointed one
line above the code. This finder follows CommonMark's fence rules instead: backtick and
tilde fences of three or more characters, any info string (the language and attributes
such as `title="pyproject.toml"`), a closing fence of the same character at least as
long, so a block that shows a fence inside a longer fence is one block. Fences indented
under a list item or an admonition count too; their content loses the fence's indent.

Left out, because something else proves them: blocks that include a file with the
snippets extension (`--8<--`), whose file is proven where it lives, and the tabs,
related rules and sources of rule pages, which the MkDocs plugin generates at build
time and which are never in the page's source (the page itself holds prose, so its own
fences are found like any other page's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rulebook.rules.docs_tree import source_pages

_OPENING = re.compile(r"^(?P<indent> *)(?P<fence>`{3,}|~{3,})(?P<info>.*)$")
_ATTRIBUTE = re.compile(
    r"""(?P<key>[A-Za-z_][\w-]*)=(?:"(?P<quoted>[^"]*)"|(?P<bare>\S+))"""
)
SNIPPET_INCLUDE = "--8<--"
PAGES = ("README.md", "CONTRIBUTING.md")
"""The Markdown a reader sees: the site's pages, and the repository's front pages."""


@dataclass(frozen=True)
class Fence:
    """One fenced code block: where it is on its page, its info string and its text."""

    path: Path
    """The page, as given to `find_fences` (absolute for `page_fences`)."""
    fence_line: int
    """The page line of the opening fence."""
    first_line: int
    """The page line of the block's first content line (the one after the fence)."""
    info: str
    source: str
    """The content, without the fences, dedented by the opening fence's indent."""
    attributes: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def language(self) -> str:
        """The first word of the info string, lower case: `python` for `{.python}`."""
        words = self.info.strip().lstrip("{").split()
        return words[0].lstrip(".").rstrip("}").lower() if words else ""

    @property
    def title(self) -> str | None:
        """The `title="..."` attribute (MkDocs Material shows it above the block)."""
        return self.attributes.get("title")

    def shown(self, root: Path) -> str:
        """The page path relative to `root`, as messages and test ids name it."""
        path = self.path
        return str(path.relative_to(root) if path.is_relative_to(root) else path)

    def test_id(self, root: Path) -> str:
        """`docs/using/rule-format.md:70`: the page and the line of the fence."""
        return f"{self.shown(root)}:{self.fence_line}"


def find_fences(path: Path, text: str | None = None) -> list[Fence]:
    """Every fenced block of one Markdown page, in page order.

    A block whose content includes a file (`--8<--`) is left out; an unclosed fence
    runs to the end of the page, as CommonMark reads it.
    """
    lines = (path.read_text(encoding="utf-8") if text is None else text).splitlines()
    return [
        fence
        for fence in _fences(path, lines)
        if not any(
            line.strip().startswith(SNIPPET_INCLUDE)
            for line in fence.source.splitlines()
        )
    ]


def _fences(path: Path, lines: list[str]) -> Iterator[Fence]:
    number = 0
    while number < len(lines):
        opening = _OPENING.match(lines[number])
        number += 1
        if opening is None:
            continue
        marker, info = opening["fence"], opening["info"]
        if marker[0] == "`" and "`" in info:
            continue  # an inline code span such as ```a```, not a fence
        indent = len(opening["indent"])
        closing = re.compile(rf"^ *{re.escape(marker[0])}{{{len(marker)},}}\s*$")
        start = number
        while number < len(lines) and not closing.match(lines[number]):
            number += 1
        content = [_dedent(line, indent) for line in lines[start:number]]
        number += 1  # past the closing fence
        yield Fence(
            path=path,
            fence_line=start,
            first_line=start + 1,
            info=info.strip(),
            source="".join(f"{line}\n" for line in content),
            attributes={
                match["key"]: match["quoted"]
                if match["quoted"] is not None
                else match["bare"]
                for match in _ATTRIBUTE.finditer(info)
            },
        )


def _dedent(line: str, indent: int) -> str:
    spaces = len(line) - len(line.lstrip(" "))
    return line[min(spaces, indent) :]


def pages(root: Path) -> list[Path]:
    """The pages whose blocks are checked: docs/**/*.md, README.md, CONTRIBUTING.md.

    The generated copy under `docs/generated/` is not a source and is left out.
    """
    found = {path for name in PAGES if (path := root / name).is_file()}
    return sorted({*found, *source_pages(root)})


def page_fences(root: Path) -> list[Fence]:
    """Every fenced block of every page, in page and line order."""
    return [fence for page in pages(root) for fence in find_fences(page)]
