"""Read and validate one rule page and its examples, collecting every problem at once.

The page's front matter, its sections and its GOOD and BAD examples are checked here;
what needs the whole rulebook (duplicate IDs, unknown related IDs, the registry) is
checked by `loader`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from rulebook.check.detectors import detector_names
from rulebook.rules.artefacts import SUPPORTED, artefact_kind
from rulebook.rules.examples import FOLDER_ENTRY, Example, Kind, find_example
from rulebook.rules.frontmatter import FrontMatterError, split_page
from rulebook.rules.ids import (
    ANTI_PATTERN_PREFIX,
    AREA_BY_PREFIX,
    Area,
    RuleIdError,
    parse_rule_id,
)
from rulebook.rules.model import Enforcement, Level, Rule, Status
from rulebook.rules.problems import Problem
from rulebook.rules.sections import Body, split_body
from rulebook.rules.sources import SOURCE_DOCUMENTS, parse_source
from rulebook.validate.safety import field_problems, prose_problems, title_findings
from rulebook.validate.text_format import format_problems, read_page

RULES_DIR = Path("docs/rules")
SNIPPETS_DIR = Path("snippets")
PLACEHOLDER = "FILL IN"

REQUIRED_FIELDS = (
    "id",
    "title",
    "status",
    "since",
    "level",
    "area",
    "enforced_by",
    "related",
    "sources",
)
OPTIONAL_FIELDS = ("replaced_by", "decisions")
DECISIONS = tuple(f"C{number}" for number in range(1, 11))
SECTIONS = ("Why", "How to spot it in review", "Enforcement", "Exceptions")
ENFORCEMENT_KEYS = ("ruff", "rulebook", "review")
_SINCE = re.compile(r"\d+\.\d+\.\d+")
_TITLE_MAX = 80
_Choice = TypeVar("_Choice", Status, Level, Area)


class RulePageReader:
    """Reads one rule page and its examples, collecting every problem on the way."""

    def __init__(
        self, page: Path, root: Path, ruff_codes: Callable[[], Mapping[str, object]]
    ) -> None:
        self.page = page
        self.root = root
        self.ruff_codes = ruff_codes
        self.rule_id = page.stem
        self.problems: list[Problem] = []
        self.field_lines: dict[str, int] = {}
        self.declared_id: str | None = None

    def problem(
        self, line: int, message: str, hint: str, path: Path | None = None
    ) -> None:
        self.problems.append(
            Problem(path or self.page, line, self.rule_id, message, hint)
        )

    def field_problem(self, name: str, message: str, hint: str) -> None:
        self.problem(self.field_lines.get(name, 1), f"field '{name}': {message}", hint)

    def read(self) -> Rule | None:
        text, format_problems = read_page(self.page, self.rule_id)
        self.problems += format_problems
        self._check_placeholders(text, self.page)
        try:
            split = split_page(text)
        except FrontMatterError as error:
            self.problem(
                error.line,
                str(error),
                "write the front matter as YAML between "
                "two '---' lines; docs/using/rule-format.md lists every field",
            )
            return None
        self.field_lines = split.field_lines
        fields = split.fields
        self.problems += field_problems(split.strings, self.page, self.rule_id)
        self.problems += prose_problems(
            split.body, split.body_start_line, self.page, self.rule_id
        )
        self._check_field_names(fields)
        rule_id = self._rule_id(fields)
        title = self._title(fields)
        status = self._choice(fields, "status", Status)
        level = self._choice(fields, "level", Level)
        area = self._choice(fields, "area", Area)
        since = self._since(fields)
        enforced_by = self._enforced_by(fields)
        related = self._id_list(fields, "related")
        sources = self._sources(fields)
        replaced_by = self._id_list(fields, "replaced_by")
        decisions = self._decisions(fields)
        if replaced_by and status not in {Status.DEPRECATED, Status.REMOVED}:
            self.field_problem(
                "replaced_by",
                "only a deprecated or removed rule is replaced",
                "set status to deprecated or removed, or drop replaced_by",
            )
        if rule_id and area and not rule_id.startswith(ANTI_PATTERN_PREFIX):
            expected = AREA_BY_PREFIX.get(rule_id.split("-")[0])
            if expected is not None and expected != area:
                self.field_problem(
                    "area",
                    f"'{area}' does not match the ID prefix of {rule_id}",
                    f"set area: {expected}",
                )
        body = split_body(split.body, split.body_start_line)
        prose = self._sections(body)
        good = self._example(Kind.GOOD)
        bad = self._example(Kind.BAD)
        if good is not None:
            self._check_good_markers(good)
        if bad is not None:
            self._check_bad_markers(bad)
        if (
            rule_id is None
            or title is None
            or status is None
            or level is None
            or area is None
            or since is None
            or enforced_by is None
            or related is None
            or sources is None
            or prose is None
            or good is None
            or bad is None
        ):
            return None
        return Rule(
            id=rule_id,
            title=title,
            status=status,
            since=since,
            level=level,
            area=area,
            enforced_by=enforced_by,
            related=related,
            sources=sources,
            statement=prose["statement"],
            why=prose["Why"],
            spot=prose["How to spot it in review"],
            enforcement=prose["Enforcement"],
            exceptions=prose["Exceptions"],
            page=self.page,
            good=good,
            bad=bad,
            replaced_by=replaced_by or (),
            decisions=decisions,
            field_lines=dict(self.field_lines),
        )

    def _check_field_names(self, fields: dict[str, Any]) -> None:
        known = (*REQUIRED_FIELDS, *OPTIONAL_FIELDS)
        for name in fields:
            if name not in known:
                self.field_problem(
                    name,
                    "unknown field",
                    f"remove it, or use one of: {', '.join(known)}",
                )
        for name in REQUIRED_FIELDS:
            if name not in fields:
                self.problem(
                    1,
                    f"field '{name}' is missing",
                    f"add '{name}:' to the front matter",
                )

    def _check_placeholders(self, text: str, path: Path) -> None:
        for number, line in enumerate(text.splitlines(), start=1):
            if PLACEHOLDER in line:
                self.problem(
                    number,
                    f"template placeholder left in: {line.strip()!r}",
                    "replace the FILL IN text with the rule's own content",
                    path,
                )

    def _rule_id(self, fields: dict[str, Any]) -> str | None:
        value = fields.get("id")
        if value is None:
            return None
        if isinstance(value, str):
            self.declared_id = value
        if not isinstance(value, str):
            self.field_problem(
                "id",
                f"expected a string, got {value!r}",
                "write the ID as text, for example id: AP-PY03",
            )
            return None
        try:
            parse_rule_id(value)
        except RuleIdError as error:
            self.field_problem(
                "id", str(error), "rename the page and the ID to match the scheme"
            )
            return None
        if value != self.page.stem:
            self.field_problem(
                "id",
                f"'{value}' does not match the file name '{self.page.name}'",
                f"rename the page to {value}.md or correct the ID",
            )
            return None
        return value

    def _title(self, fields: dict[str, Any]) -> str | None:
        value = fields.get("title")
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.field_problem(
                "title", "expected a non-empty string", "give the rule a short title"
            )
            return None
        title = value.strip()
        if len(title) > _TITLE_MAX:
            self.field_problem(
                "title",
                f"{len(title)} characters, more than {_TITLE_MAX}",
                "shorten the title; the statement carries the detail",
            )
        for found in title_findings(title):
            self.field_problem("title", found.message, found.hint)
        if title.endswith("."):
            self.field_problem("title", "ends with a full stop", "drop the final '.'")
        if title.upper().startswith(self.rule_id.upper()):
            self.field_problem(
                "title",
                "starts with the rule ID",
                "drop the ID: the page heading adds it",
            )
        return title

    def _choice(
        self, fields: dict[str, Any], name: str, choices: type[_Choice]
    ) -> _Choice | None:
        value = fields.get(name)
        if value is None:
            return None
        allowed = [member.value for member in choices]
        if value not in allowed:
            self.field_problem(
                name, f"{value!r} is not allowed", f"use one of: {', '.join(allowed)}"
            )
            return None
        return choices(value)

    def _since(self, fields: dict[str, Any]) -> str | None:
        value = fields.get("since")
        if value is None:
            return None
        if not isinstance(value, str) or not _SINCE.fullmatch(value):
            self.field_problem(
                "since",
                f"{value!r} is not a version like '0.1.0'",
                "quote the rulebook version that first published the rule",
            )
            return None
        return value

    def _enforced_by(self, fields: dict[str, Any]) -> Enforcement | None:
        value = fields.get("enforced_by")
        if value is None:
            return None
        hint = (
            "write enforced_by as a mapping: 'ruff: [CODE, ...]' for ruff codes that "
            "catch the BAD example, 'rulebook: [CHECK, ...]' for the rulebook's own "
            "checks, and/or 'review: <why no tool catches it>'"
        )
        if not isinstance(value, dict) or not value:
            self.field_problem("enforced_by", "expected a non-empty mapping", hint)
            return None
        for key in value:
            if key not in ENFORCEMENT_KEYS:
                self.field_problem("enforced_by", f"unknown key '{key}'", hint)
        review = value.get("review")
        ruff_codes = self._code_list(value, "ruff", self.ruff_codes(), hint)
        checks = self._code_list(
            value,
            "rulebook",
            dict.fromkeys(detector_names()),
            hint,
        )
        ok = ruff_codes is not None and checks is not None
        if review is not None and (not isinstance(review, str) or not review.strip()):
            self.field_problem(
                "enforced_by", "'review' must say why review is needed", hint
            )
            ok = False
        if ok and not ruff_codes and not checks and review is None:
            self.field_problem(
                "enforced_by", "names no tool and no review reason", hint
            )
            ok = False
        if not ok or ruff_codes is None or checks is None:
            return None
        return Enforcement(
            ruff=ruff_codes,
            rulebook=checks,
            review=review.strip() if isinstance(review, str) else None,
        )

    def _code_list(
        self, value: dict[str, Any], key: str, known: Mapping[str, object], hint: str
    ) -> tuple[str, ...] | None:
        codes = value.get(key, [])
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            self.field_problem("enforced_by", f"'{key}' must be a list of codes", hint)
            return None
        unknown = [code for code in codes if code not in known]
        for code in unknown:
            fix = (
                "check the code with 'uv run ruff rule CODE'"
                if key == "ruff"
                else f"use one of the rulebook's checks: {', '.join(known)}"
            )
            self.field_problem("enforced_by", f"{key} has no rule '{code}'", fix)
        return None if unknown else tuple(codes)

    def _id_list(self, fields: dict[str, Any], name: str) -> tuple[str, ...] | None:
        value = fields.get(name, [])
        if not isinstance(value, list) or not all(
            isinstance(item, str) for item in value
        ):
            self.field_problem(
                name, "expected a list of rule IDs", f"write {name}: [ID, ...]"
            )
            return None
        if len(set(value)) != len(value):
            self.field_problem(name, "lists an ID twice", "remove the repeated ID")
        if self.rule_id in value:
            self.field_problem(name, "lists the rule itself", f"remove {self.rule_id}")
        return tuple(value)

    def _decisions(self, fields: dict[str, Any]) -> tuple[str, ...]:
        value = fields.get("decisions", [])
        if not isinstance(value, list) or any(item not in DECISIONS for item in value):
            self.field_problem(
                "decisions",
                f"{value!r} names an unknown decision",
                f"list decisions from docs/decisions.md: {', '.join(DECISIONS)}",
            )
            return ()
        return tuple(value)

    def _sources(self, fields: dict[str, Any]) -> tuple[str, ...] | None:
        value = fields.get("sources")
        if value is None:
            return None
        hint = (
            f"write sources: ['004 anti-pattern catalogue', ...], each starting with "
            f"a document number ({', '.join(SOURCE_DOCUMENTS)})"
        )
        if not isinstance(value, list) or not value:
            self.field_problem("sources", "expected a non-empty list", hint)
            return None
        ok = True
        for item in value:
            if not isinstance(item, str) or parse_source(item) is None:
                self.field_problem(
                    "sources", f"{item!r} names no known source document", hint
                )
                ok = False
        return tuple(value) if ok else None

    def _sections(self, body: Body) -> dict[str, str] | None:
        ok = True
        for stray in body.stray_headings:
            self.problem(
                stray.line,
                f"level-1 heading '# {stray.heading}'",
                "remove it: the page heading is generated from id and title",
            )
            ok = False
        if not body.statement:
            self.problem(
                body.statement_line,
                "the one-sentence statement is missing",
                "write the rule as one sentence before the first '## ' heading",
            )
            ok = False
        elif "\n\n" in body.statement or not body.statement.endswith("."):
            self.problem(
                body.statement_line,
                "the statement is not one sentence paragraph",
                "state the rule in one paragraph ending with '.'; move detail to Why",
            )
            ok = False
        found = [section.heading for section in body.sections]
        for section in body.sections:
            if section.heading not in SECTIONS:
                self.problem(
                    section.line,
                    f"unknown section '## {section.heading}'",
                    f"use only these sections, in order: {', '.join(SECTIONS)}",
                )
                ok = False
            elif not section.text:
                self.problem(
                    section.line,
                    f"section '## {section.heading}' is empty",
                    "write it, or say plainly that there is nothing to say",
                )
                ok = False
        for name in SECTIONS:
            if name not in found:
                self.problem(
                    body.statement_line,
                    f"section '## {name}' is missing",
                    f"add '## {name}'; sections go in order: {', '.join(SECTIONS)}",
                )
                ok = False
        known_order = [heading for heading in found if heading in SECTIONS]
        if known_order != sorted(known_order, key=SECTIONS.index):
            self.problem(
                body.statement_line,
                "sections are out of order",
                f"order them: {', '.join(SECTIONS)}",
            )
            ok = False
        if len(set(found)) != len(found):
            self.problem(
                body.statement_line, "a section appears twice", "merge the repeats"
            )
            ok = False
        if not ok:
            return None
        prose = {section.heading: section.text for section in body.sections}
        prose["statement"] = body.statement
        return prose

    def _example(self, kind: Kind) -> Example | None:
        snippets = self.root / SNIPPETS_DIR
        example = find_example(snippets, self.rule_id, kind)
        where = SNIPPETS_DIR / self.rule_id
        if example is None:
            self.problem(
                1,
                f"the {kind.upper()} example is missing",
                f"add {where / f'{kind}.py'} (or {kind}.md for a document, or a "
                f"{where / str(kind)}/ folder of real files)",
            )
            return None
        if not example.files:
            self.problem(
                1,
                f"the {kind.upper()} folder is empty",
                "put the example's files in it",
                example.location,
            )
            return None
        for path in example.files:
            if artefact_kind(path) is None:
                self.problem(
                    1,
                    f"no checker knows how to prove '{path.name}'",
                    f"use one of: {SUPPORTED}",
                    path,
                )
        if (
            example.is_folder
            and example.python_files
            and not (example.location / FOLDER_ENTRY).is_file()
        ):
            self.problem(
                1,
                f"the {kind.upper()} folder has no {FOLDER_ENTRY}",
                f"add {example.location / FOLDER_ENTRY}: the module the suite runs",
                example.location,
            )
            return None
        for path in example.files:
            self.problems += format_problems(path, self.rule_id, path.read_bytes())
            try:
                text = path.read_text()
            except UnicodeDecodeError:
                self.problem(
                    1,
                    f"'{path.name}' is not a text file",
                    "remove it: examples are source, configuration or documents",
                    path,
                )
                return None
            self._check_placeholders(text, path)
        return example

    def _check_good_markers(self, good: Example) -> None:
        for marker in good.markers():
            if marker.rule_id == self.rule_id:
                self.problem(
                    marker.line,
                    f"GOOD example carries the marker [{self.rule_id}]",
                    "a GOOD example breaks nothing: remove the marker",
                    marker.path,
                )

    def _check_bad_markers(self, bad: Example) -> None:
        if not any(marker.rule_id == self.rule_id for marker in bad.markers()):
            self.problem(
                1,
                f"the BAD example marks no line with # [{self.rule_id}]",
                f"end each offending line with '# [{self.rule_id}]'",
                bad.entry,
            )
