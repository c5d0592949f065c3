"""Load the quality gates, risk tiers and codes, validating them like rule pages.

Each gate is a page, `docs/gates/PQG-N.md`. The tiers, hardening rules, hard-fail codes
and warning codes are structured lists in the front matter of `docs/gates/hardening.md`,
rendered there as sections with stable anchors.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from rulebook.rules.frontmatter import FrontMatterError, SplitPage, split_page
from rulebook.rules.ids import EntryKind, entry_kind
from rulebook.rules.model import Entry
from rulebook.rules.problems import Problem
from rulebook.rules.sections import split_body
from rulebook.rules.sources import parse_source
from rulebook.validate.safety import title_findings
from rulebook.validate.text_format import read_page

GATES_DIR = Path("docs/gates")
HARDENING_PAGE = GATES_DIR / "hardening.md"
GATE_FIELDS = ("id", "title", "applies", "hard_fail", "enforces", "sources")
GATE_SECTIONS = ("How to pass",)
HARDENING_LISTS: dict[str, EntryKind] = {
    "tiers": EntryKind.TIER,
    "hardening": EntryKind.HARDENING,
    "fail_codes": EntryKind.FAIL_CODE,
    "warnings": EntryKind.WARNING,
}
ITEM_FIELDS: dict[EntryKind, tuple[tuple[str, ...], tuple[str, ...]]] = {
    # kind: (required keys, optional keys)
    EntryKind.TIER: (("id", "title", "summary", "evidence"), ("cites",)),
    EntryKind.HARDENING: (("id", "title", "summary"), ("cites",)),
    EntryKind.FAIL_CODE: (("id", "title", "summary", "cites"), ()),
    EntryKind.WARNING: (("id", "title", "summary", "recovery"), ("cites",)),
}


def load_entries(root: Path) -> tuple[list[Entry], list[Problem]]:
    """Every gate and code, with every problem found; citations are checked later."""
    entries: list[Entry] = []
    problems: list[Problem] = []
    for page in sorted((root / GATES_DIR).glob("PQG-*.md")):
        entry, page_problems = _read_gate(page)
        problems += page_problems
        if entry is not None:
            entries.append(entry)
    hardening = root / HARDENING_PAGE
    if hardening.is_file():
        more, page_problems = _read_hardening(hardening)
        entries += more
        problems += page_problems
    return entries, problems


def citation_problems(
    entries: list[Entry], known: Mapping[str, object]
) -> list[Problem]:
    """Citations of IDs that do not exist."""
    return [
        Problem(
            entry.page,
            entry.line,
            entry.id,
            f"cites unknown ID '{cited}'",
            "cite the ID of an existing rule, gate or code",
        )
        for entry in entries
        for cited in entry.cites
        if cited not in known
    ]


def _read_gate(page: Path) -> tuple[Entry | None, list[Problem]]:
    problems: list[Problem] = []

    def problem(line: int, message: str, hint: str) -> None:
        problems.append(Problem(page, line, page.stem, message, hint))

    text, format_problems = read_page(page, page.stem)
    problems += format_problems
    try:
        split = split_page(text)
    except FrontMatterError as error:
        problem(error.line, str(error), "write the gate's front matter as YAML")
        return None, problems
    _check_gate_fields(page, split, problem)
    line = split.field_lines.get("title", 1)
    problems += _title_problems(page, page.stem, split.fields.get("title"), line)
    body = split_body(split.body, split.body_start_line)
    how_to_pass = next(
        (section.text for section in body.sections if section.heading == "How to pass"),
        "",
    )
    if not body.statement:
        problem(
            body.statement_line,
            "the one-sentence statement is missing",
            "say in one sentence what the gate blocks",
        )
    for section in body.sections:
        if section.heading not in GATE_SECTIONS:
            problem(
                section.line,
                f"unknown section '## {section.heading}'",
                f"a gate page has only: {', '.join(GATE_SECTIONS)}",
            )
    if not how_to_pass:
        problem(
            body.statement_line,
            "section '## How to pass' is missing or empty",
            "say which commands and evidence pass the gate",
        )
    if problems:
        return None, problems
    fields = split.fields
    return (
        Entry(
            id=page.stem,
            kind=EntryKind.GATE,
            title=fields["title"].strip(),
            summary=body.statement,
            conditions=tuple(fields["hard_fail"]),
            cites=tuple(fields["enforces"]),
            page=page,
            line=1,
            how_to_pass=how_to_pass,
            applies=fields["applies"].strip(),
            sources=tuple(fields["sources"]),
        ),
        problems,
    )


def _check_gate_fields(
    page: Path, split: SplitPage, problem: Callable[[int, str, str], None]
) -> None:
    fields = split.fields
    line_of = split.field_lines.get
    for name in fields:
        if name not in GATE_FIELDS:
            problem(
                line_of(name, 1),
                f"field '{name}': unknown field",
                f"use only: {', '.join(GATE_FIELDS)}",
            )
    for name in GATE_FIELDS:
        if name not in fields:
            problem(
                1, f"field '{name}' is missing", f"add '{name}:' to the front matter"
            )
    if fields.get("id") != page.stem or entry_kind(page.stem) is not EntryKind.GATE:
        problem(
            line_of("id", 1),
            f"field 'id': expected '{page.stem}' (a PQG-N gate)",
            "name the page after the gate ID",
        )
    for name in ("title", "applies"):
        value = fields.get(name)
        if name in fields and (not isinstance(value, str) or not value.strip()):
            problem(
                line_of(name, 1), f"field '{name}': expected text", f"write the {name}"
            )
    for name in ("hard_fail", "enforces", "sources"):
        if name in fields and not _is_text_list(fields[name]):
            problem(
                line_of(name, 1),
                f"field '{name}': expected a non-empty list",
                f"write {name}: [..., ...]",
            )
    sources = fields.get("sources")
    if isinstance(sources, list) and _is_text_list(sources):
        for reference in sources:
            if parse_source(reference) is None:
                problem(
                    line_of("sources", 1),
                    f"unknown source {reference!r}",
                    "start each source with its document number, e.g. '004 ...'",
                )


def _read_hardening(page: Path) -> tuple[list[Entry], list[Problem]]:
    text, problems = read_page(page, "")
    try:
        split = split_page(text)
    except FrontMatterError as error:
        problems.append(
            Problem(page, error.line, "", str(error), "write the front matter as YAML")
        )
        return [], problems
    for name in split.fields:
        if name not in (*HARDENING_LISTS, "title"):
            problems.append(
                Problem(
                    page,
                    split.field_lines.get(name, 1),
                    "",
                    f"field '{name}': unknown field",
                    f"use: title, {', '.join(HARDENING_LISTS)}",
                )
            )
    entries: list[Entry] = []
    for name, kind in HARDENING_LISTS.items():
        items = split.fields.get(name)
        if not isinstance(items, list):
            problems.append(
                Problem(
                    page,
                    split.field_lines.get(name, 1),
                    "",
                    f"field '{name}' must be a list of {kind}s",
                    f"add '{name}:' with one item per {kind}",
                )
            )
            continue
        for item, line in zip(items, split.item_lines.get(name, []), strict=True):
            entry = _read_item(page, kind, item, line, problems)
            if entry is not None:
                entries.append(entry)
    return entries, problems


def _read_item(
    page: Path, kind: EntryKind, item: object, line: int, problems: list[Problem]
) -> Entry | None:
    required, optional = ITEM_FIELDS[kind]
    item_id = item.get("id", "") if isinstance(item, dict) else ""
    before = len(problems)

    def problem(message: str, hint: str) -> None:
        problems.append(Problem(page, line, str(item_id), message, hint))

    if not isinstance(item, dict):
        problem(f"a {kind} must be a mapping", f"write keys: {', '.join(required)}")
        return None
    for key in item:
        if key not in (*required, *optional):
            problem(f"unknown key '{key}'", f"use: {', '.join((*required, *optional))}")
    for key in required:
        if key not in item:
            problem(f"key '{key}' is missing", f"add '{key}:' to the {kind}")
    if entry_kind(str(item_id)) is not kind:
        problem(f"'{item_id}' is not a {kind} ID", "use the ID from the catalogue")
    for key in ("title", "summary"):
        if key in item and (not isinstance(item[key], str) or not item[key].strip()):
            problem(f"key '{key}' must be text", f"write the {key}")
    problems += _title_problems(page, str(item_id), item.get("title"), line, "key")
    for key in ("evidence", "cites", "recovery"):
        if key in item and not _is_text_list(item[key]):
            problem(
                f"key '{key}' must be a non-empty list of text",
                f"write {key}: [..., ...]",
            )
    if len(problems) > before:
        return None
    item_id = str(item_id)
    return Entry(
        id=item_id,
        kind=kind,
        title=item["title"].strip(),
        summary=item["summary"].strip(),
        conditions=tuple(item.get("evidence", ())),
        cites=tuple(item.get("cites", ())),
        page=page,
        line=line,
        anchor=item_id.lower(),
        recovery=tuple(item.get("recovery", ())),
    )


def _title_problems(
    page: Path, item_id: str, title: object, line: int, what: str = "field"
) -> list[Problem]:
    """A title is shown where Markdown never goes: it may hold no '<' or '>'."""
    if not isinstance(title, str):
        return []
    return [
        Problem(page, line, item_id, f"{what} 'title': {found.message}", found.hint)
        for found in title_findings(title)
    ]


def _is_text_list(value: object) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, str) and item.strip() for item in value)
    )
