"""Split a rule page into YAML front matter and Markdown body, keeping line numbers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml


class FrontMatterError(ValueError):
    """The front matter is missing or not valid YAML; `line` is 1-based in the page."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class SplitPage:
    """A page split in two: the parsed front matter and the body after it."""

    fields: dict[str, Any]
    field_lines: dict[str, int]
    body: str
    body_start_line: int
    item_lines: dict[str, list[int]]
    """For fields holding a list, the page line where each item starts."""
    strings: tuple[tuple[str, str, int], ...] = ()
    """Every text value, however deeply nested: (top-level field, text, page line)."""


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's loader when PyYAML has it: about ten times faster, same results."""


def _parse(yaml_text: str) -> tuple[yaml.Node | None, Any]:
    """Parse once: the node tree (for line numbers) and the data built from it."""
    loader = _Loader(yaml_text)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


@cache
def split_page(text: str) -> SplitPage:
    """Parse the `---`-fenced YAML block at the top of `text`.

    Raises `FrontMatterError` naming the page line of the first YAML problem. The
    result is cached by text (the loader and the link check both read each page), so
    callers must not change it.
    """
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        raise FrontMatterError("the page does not start with '---' front matter", 1)
    closing = next(
        (index for index in range(1, len(lines)) if lines[index].rstrip() == "---"),
        None,
    )
    if closing is None:
        raise FrontMatterError("the front matter is never closed with '---'", 1)
    yaml_text = "".join(lines[1:closing])
    try:
        node, fields = _parse(yaml_text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = 2 + (mark.line if mark is not None else 0)
        problem = error.problem or error.context or "invalid YAML"
        raise FrontMatterError(
            f"broken YAML in the front matter: {problem}", line
        ) from None
    if fields is None:
        fields = {}
    if not isinstance(fields, dict) or not isinstance(node, yaml.MappingNode):
        raise FrontMatterError("the front matter must be a mapping of field: value", 2)
    field_lines = {
        str(key.value): 2 + key.start_mark.line for key, _value in node.value
    }
    item_lines = {
        str(key.value): [2 + item.start_mark.line for item in value.value]
        for key, value in node.value
        if isinstance(value, yaml.SequenceNode)
    }
    strings = tuple(
        (str(key.value), text, line)
        for key, value in node.value
        for text, line in _texts(value)
    )
    return SplitPage(
        strings=strings,
        fields={str(key): value for key, value in fields.items()},
        field_lines=field_lines,
        body="".join(lines[closing + 1 :]),
        body_start_line=closing + 2,
        item_lines=item_lines,
    )


def _texts(node: yaml.Node) -> list[tuple[str, int]]:
    """Every string scalar under `node`, with the page line where it starts."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag == "tag:yaml.org,2002:str":
            return [(str(node.value), 2 + node.start_mark.line)]
        return []
    if isinstance(node, yaml.SequenceNode):
        return [found for item in node.value for found in _texts(item)]
    if isinstance(node, yaml.MappingNode):
        return [found for _key, value in node.value for found in _texts(value)]
    return []
