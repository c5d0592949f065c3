"""Parsers for example files that no configured tool checks: each reads a file its way.

- A Dockerfile is parsed by dockerfile-parse (the parser OpenShift's image builders
  use): it must have a `FROM` before any instruction but `ARG`, only instructions
  Docker knows, and `CMD`, `ENTRYPOINT`, `RUN` and `SHELL` written in the exec form
  (`["a", "b"]`) must be a JSON array of strings, or Docker silently runs them through
  a shell instead.
- A `requirements*.txt` has one requirement per line, parsed by `packaging`'s
  `Requirement` (what pip itself uses); comments, blank lines and pip options
  (`-r`, `-c`, `-e`, `--index-url`, a trailing `--hash=...`) are allowed.
- A pre-commit configuration's hooks use only the keys pre-commit defines: pre-commit
  warns about unknown keys at the top and on a repository, and silently ignores them on
  a hook, so a misspelt `args` or `stages` never takes effect.
- A Markdown document (`good.md`, `bad.md`, a `README.md` in a folder example) is
  rendered with Python-Markdown: each relative link resolves to a file of the example
  (a document cannot link to what the reader of the example does not have), each
  `#anchor` to one of the target's headings, and no heading skips a level on the way
  down (`##` then `####`), which breaks the outline that readers and tools navigate by.
  The first heading may be any level: a pull-request comment starts at `###`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from html.parser import HTMLParser
from io import StringIO
from pathlib import Path
from urllib.parse import unquote, urlsplit

import markdown  # type: ignore[import-untyped]
import yaml
from dockerfile_parse import DockerfileParser  # type: ignore[import-untyped]
from packaging.requirements import InvalidRequirement, Requirement

from rulebook.proof.ruff import Finding

DOCKER_INSTRUCTIONS = frozenset(
    {
        "ADD",
        "ARG",
        "CMD",
        "COPY",
        "ENTRYPOINT",
        "ENV",
        "EXPOSE",
        "FROM",
        "HEALTHCHECK",
        "LABEL",
        "MAINTAINER",
        "ONBUILD",
        "RUN",
        "SHELL",
        "STOPSIGNAL",
        "USER",
        "VOLUME",
        "WORKDIR",
    }
)
_EXEC_FORM = frozenset({"CMD", "ENTRYPOINT", "RUN", "SHELL"})


def dockerfile_findings(path: Path) -> list[Finding]:
    """What is wrong with a Dockerfile, instruction by instruction."""
    parser = DockerfileParser(fileobj=StringIO(path.read_text(encoding="utf-8")))
    instructions = [
        item for item in parser.structure if item["instruction"] != "COMMENT"
    ]
    if not instructions:
        return [Finding(path, 1, "dockerfile", "no instructions; the file is empty")]
    findings: list[Finding] = []
    seen_from = False
    for item in instructions:
        name, line = str(item["instruction"]), int(item["startline"]) + 1
        if name not in DOCKER_INSTRUCTIONS:
            findings.append(
                Finding(path, line, "dockerfile", f"unknown instruction {name}")
            )
            continue
        if name == "FROM":
            seen_from = True
        elif not seen_from and name != "ARG":
            findings.append(
                Finding(path, line, "dockerfile", f"{name} before the first FROM")
            )
        value = str(item["value"]).strip()
        if name in _EXEC_FORM and value.startswith("["):
            findings.extend(_exec_form(path, line, name, value))
    if not seen_from:
        findings.append(Finding(path, 1, "dockerfile", "no FROM: there is no image"))
    return findings


def _exec_form(path: Path, line: int, name: str, value: str) -> list[Finding]:
    try:
        words = json.loads(value)
    except json.JSONDecodeError:
        words = None
    if isinstance(words, list) and all(isinstance(word, str) for word in words):
        return []
    return [
        Finding(
            path,
            line,
            "dockerfile",
            f"{name} {value} is not a JSON array of double-quoted strings, so Docker "
            'runs it through a shell; write it as ["program", "argument"]',
        )
    ]


def requirements_findings(path: Path) -> list[Finding]:
    """Each requirement line that `packaging` cannot parse."""
    findings: list[Finding] = []
    lines = path.read_text(encoding="utf-8").splitlines()
    pending = ""
    start = 0
    for number, raw in enumerate(lines, start=1):
        if not pending:
            start = number
        line = re.sub(r"(^|\s)#.*$", "", raw).rstrip()
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        text = (pending + line).strip()
        pending = ""
        if not text or text.startswith("-"):
            continue
        requirement = re.split(r"\s+--?[a-z]", text, maxsplit=1)[0]
        try:
            Requirement(requirement)
        except InvalidRequirement as error:
            findings.append(
                Finding(path, start, "requirements", f"not a requirement: {error}")
            )
    return findings


def pre_commit_hook_findings(path: Path) -> list[Finding]:
    """Hook keys pre-commit does not define, at the line of each key."""
    from pre_commit import (  # type: ignore[import-untyped]  # noqa: PLC0415 - loads slowly
        clientlib,
    )

    known = {
        key
        for item in clientlib.MANIFEST_HOOK_DICT.items
        if isinstance(key := getattr(item, "key", None), str)
    }
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except yaml.YAMLError:
        return []  # pre-commit's own validation reports it
    findings: list[Finding] = []
    for hook in _hooks(root):
        for key, _value in hook.value:
            if isinstance(key, yaml.ScalarNode) and key.value not in known:
                findings.append(
                    Finding(
                        path,
                        key.start_mark.line + 1,
                        "pre-commit",
                        f"unknown hook key '{key.value}': pre-commit ignores it "
                        f"without a word; the keys are {', '.join(sorted(known))}",
                    )
                )
    return findings


def _hooks(root: yaml.Node | None) -> Iterable[yaml.MappingNode]:
    for repo in _items(_get(root, "repos")):
        for hook in _items(_get(repo, "hooks")):
            if isinstance(hook, yaml.MappingNode):
                yield hook


def _get(node: yaml.Node | None, name: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == name:
                return value if isinstance(value, yaml.Node) else None
    return None


def _items(node: yaml.Node | None) -> list[yaml.Node]:
    return list(node.value) if isinstance(node, yaml.SequenceNode) else []


class _Outline(HTMLParser):
    """The headings (level, text) and link targets of rendered Markdown, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.headings: list[tuple[int, str]] = []
        self.links: list[str] = []
        self._level = 0
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if re.fullmatch(r"h[1-6]", tag):
            self._level, self._text = int(tag[1]), []
        elif tag == "a":
            href = dict(attrs).get("href")
            if href is not None:
                self.links.append(href)

    def handle_data(self, data: str) -> None:
        if self._level:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._level and tag == f"h{self._level}":
            self.headings.append((self._level, "".join(self._text).strip()))
            self._level = 0


def _outline(text: str) -> _Outline:
    html = markdown.markdown(text, extensions=["fenced_code", "tables"])
    outline = _Outline()
    outline.feed(html)
    return outline


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, dashes."""
    text = unicodedata.normalize("NFKC", heading).strip().lower()
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def markdown_findings(path: Path, files: Iterable[Path]) -> list[Finding]:
    """Links that leave the example or miss their anchor, and skipped heading levels.

    `files` are the example's files: the only targets a relative link may have.
    """
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    outline = _outline(text)
    findings: list[Finding] = []
    previous = 0
    for level, heading in outline.headings:
        if previous and level > previous + 1:
            findings.append(
                Finding(
                    path,
                    _line_of(lines, heading),
                    "markdown",
                    f"heading '{heading}' is level {level} right under level "
                    f"{previous}; use level {previous + 1}",
                )
            )
        previous = level
    targets = {target.resolve() for target in files}
    for href in outline.links:
        problem = _link_problem(path, href, targets)
        if problem:
            findings.append(Finding(path, _line_of(lines, href), "markdown", problem))
    return findings


def _link_problem(path: Path, href: str, targets: set[Path]) -> str | None:
    parts = urlsplit(href)
    if parts.scheme or parts.netloc:
        return None  # an address on the web: the link checker's business
    target = (path.parent / unquote(parts.path)).resolve() if parts.path else path
    if target.resolve() not in targets:
        return (
            f"link '{href}' points outside the example; link only to its own files "
            "or to a full https:// address"
        )
    if parts.fragment and target.suffix == ".md":
        anchors = {slug(heading) for _level, heading in _outline_of(target).headings}
        if parts.fragment not in anchors:
            return f"link '{href}' names no heading of {target.name}"
    return None


def _outline_of(path: Path) -> _Outline:
    return _outline(path.read_text(encoding="utf-8"))


def _line_of(lines: list[str], text: str) -> int:
    """The first line that holds `text` (or its first words) as written, else 1.

    The rendered text has lost its Markdown (backquotes, emphasis), so both sides are
    compared without those characters.
    """
    probe = _plain(text)[:40]
    for number, line in enumerate(lines, start=1):
        if probe and probe in _plain(line):
            return number
    return 1


def _plain(text: str) -> str:
    return re.sub(r"[`*_\[\]]", "", text)
