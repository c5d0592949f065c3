"""Read and check a rule page's front-matter fields, naming each wrong field's line.

`FrontMatterReader` turns the parsed YAML mapping into typed `PageFields`, and
`EnforcementReader` does the same for the `enforced_by` mapping. Both add every
problem they find to the rule's `ProblemLog` and go on with the next field.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from rulebook.check.detectors import detector_names
from rulebook.rules.ids import (
    ANTI_PATTERN_PREFIX,
    AREA_BY_PREFIX,
    Area,
    RuleIdError,
    parse_rule_id,
)
from rulebook.rules.model import Enforcement, Level, Status
from rulebook.rules.problems import ProblemLog
from rulebook.rules.sources import SOURCE_DOCUMENTS, parse_source
from rulebook.validate.safety import title_findings

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
ENFORCEMENT_KEYS = ("ruff", "rulebook", "review")
_SINCE = re.compile(r"\d+\.\d+\.\d+")
_TITLE_MAX = 80
_Choice = TypeVar("_Choice", Status, Level, Area)


@dataclass(frozen=True)
class PageFields:
    """The front matter of a rule page, every field checked and typed."""

    id: str
    title: str
    status: Status
    level: Level
    area: Area
    since: str
    enforced_by: Enforcement
    related: tuple[str, ...]
    sources: tuple[str, ...]
    replaced_by: tuple[str, ...]
    decisions: tuple[str, ...]


class _FieldProblems:
    """Problems about a named field, reported at the field's page line."""

    def __init__(self, log: ProblemLog, field_lines: Mapping[str, int]) -> None:
        self.log = log
        self.field_lines = field_lines

    def add(self, name: str, message: str, hint: str) -> None:
        self.log.add(self.field_lines.get(name, 1), f"field '{name}': {message}", hint)


class FrontMatterReader:
    """Reads the fields of one page's front matter into `PageFields`."""

    def __init__(
        self,
        log: ProblemLog,
        field_lines: Mapping[str, int],
        ruff_codes: Callable[[], Mapping[str, object]],
    ) -> None:
        """`field_lines` maps each field to its page line; `ruff_codes` lists ruff's."""
        self.log = log
        self.rule_id = log.rule_id
        self.problem = _FieldProblems(log, field_lines).add
        self.enforcement = EnforcementReader(self.problem, ruff_codes)
        self.references = ReferenceReader(self.problem, self.rule_id)
        self.declared_id: str | None = None
        """The `id` field as written, if it is text, even when it is wrong."""

    def read(self, fields: dict[str, Any]) -> PageFields | None:
        """The checked fields, or None when a required one is missing or wrong."""
        self._check_field_names(fields)
        rule_id = self._rule_id(fields)
        title = self._title(fields)
        status = self._choice(fields, "status", Status)
        level = self._choice(fields, "level", Level)
        area = self._choice(fields, "area", Area)
        since = self._since(fields)
        enforced_by = self.enforcement.read(fields.get("enforced_by"))
        related = self.references.id_list(fields, "related")
        sources = self.references.sources(fields)
        replaced_by = self.references.id_list(fields, "replaced_by")
        decisions = self.references.decisions(fields)
        if replaced_by and status not in {Status.DEPRECATED, Status.REMOVED}:
            self.problem(
                "replaced_by",
                "only a deprecated or removed rule is replaced",
                "set status to deprecated or removed, or drop replaced_by",
            )
        if rule_id and area and not rule_id.startswith(ANTI_PATTERN_PREFIX):
            expected = AREA_BY_PREFIX.get(rule_id.split("-")[0])
            if expected is not None and expected != area:
                self.problem(
                    "area",
                    f"'{area}' does not match the ID prefix of {rule_id}",
                    f"set area: {expected}",
                )
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
        ):
            return None
        return PageFields(
            id=rule_id,
            title=title,
            status=status,
            level=level,
            area=area,
            since=since,
            enforced_by=enforced_by,
            related=related,
            sources=sources,
            replaced_by=replaced_by or (),
            decisions=decisions,
        )

    def _check_field_names(self, fields: dict[str, Any]) -> None:
        known = (*REQUIRED_FIELDS, *OPTIONAL_FIELDS)
        for name in fields:
            if name not in known:
                self.problem(
                    name,
                    "unknown field",
                    f"remove it, or use one of: {', '.join(known)}",
                )
        for name in REQUIRED_FIELDS:
            if name not in fields:
                self.log.add(
                    1,
                    f"field '{name}' is missing",
                    f"add '{name}:' to the front matter",
                )

    def _rule_id(self, fields: dict[str, Any]) -> str | None:
        value = fields.get("id")
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(
                "id",
                f"expected a string, got {value!r}",
                "write the ID as text, for example id: AP-PY03",
            )
            return None
        self.declared_id = value
        try:
            parse_rule_id(value)
        except RuleIdError as error:
            self.problem(
                "id", str(error), "rename the page and the ID to match the scheme"
            )
            return None
        if value != self.rule_id:
            self.problem(
                "id",
                f"'{value}' does not match the file name '{self.log.page.name}'",
                f"rename the page to {value}.md or correct the ID",
            )
            return None
        return value

    def _title(self, fields: dict[str, Any]) -> str | None:
        value = fields.get("title")
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self.problem(
                "title", "expected a non-empty string", "give the rule a short title"
            )
            return None
        title = value.strip()
        if len(title) > _TITLE_MAX:
            self.problem(
                "title",
                f"{len(title)} characters, more than {_TITLE_MAX}",
                "shorten the title; the statement carries the detail",
            )
        for found in title_findings(title):
            self.problem("title", found.message, found.hint)
        if title.endswith("."):
            self.problem("title", "ends with a full stop", "drop the final '.'")
        if title.upper().startswith(self.rule_id.upper()):
            self.problem(
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
            self.problem(
                name, f"{value!r} is not allowed", f"use one of: {', '.join(allowed)}"
            )
            return None
        return choices(value)

    def _since(self, fields: dict[str, Any]) -> str | None:
        value = fields.get("since")
        if value is None:
            return None
        if not isinstance(value, str) or not _SINCE.fullmatch(value):
            self.problem(
                "since",
                f"{value!r} is not a version like '0.1.0'",
                "quote the rulebook version that first published the rule",
            )
            return None
        return value


class ReferenceReader:
    """Reads the fields that point elsewhere: rule IDs, decisions and sources."""

    def __init__(self, problem: Callable[[str, str, str], None], rule_id: str) -> None:
        """`problem(field, message, hint)` records a problem about a field."""
        self.problem = problem
        self.rule_id = rule_id

    def id_list(self, fields: dict[str, Any], name: str) -> tuple[str, ...] | None:
        """A list of rule IDs, or None when it is not one."""
        value = fields.get(name, [])
        if not isinstance(value, list) or not all(
            isinstance(item, str) for item in value
        ):
            self.problem(
                name, "expected a list of rule IDs", f"write {name}: [ID, ...]"
            )
            return None
        if len(set(value)) != len(value):
            self.problem(name, "lists an ID twice", "remove the repeated ID")
        if self.rule_id in value:
            self.problem(name, "lists the rule itself", f"remove {self.rule_id}")
        return tuple(value)

    def decisions(self, fields: dict[str, Any]) -> tuple[str, ...]:
        """The decisions the rule records (C1 to C10); empty when wrong."""
        value = fields.get("decisions", [])
        if not isinstance(value, list) or any(item not in DECISIONS for item in value):
            self.problem(
                "decisions",
                f"{value!r} names an unknown decision",
                f"list decisions from docs/decisions.md: {', '.join(DECISIONS)}",
            )
            return ()
        return tuple(value)

    def sources(self, fields: dict[str, Any]) -> tuple[str, ...] | None:
        """The source documents, or None when missing or unknown."""
        value = fields.get("sources")
        if value is None:
            return None
        hint = (
            f"write sources: ['004 anti-pattern catalogue', ...], each starting with "
            f"a document number ({', '.join(SOURCE_DOCUMENTS)})"
        )
        if not isinstance(value, list) or not value:
            self.problem("sources", "expected a non-empty list", hint)
            return None
        ok = True
        for item in value:
            if not isinstance(item, str) or parse_source(item) is None:
                self.problem(
                    "sources", f"{item!r} names no known source document", hint
                )
                ok = False
        return tuple(value) if ok else None


_ENFORCEMENT_HINT = (
    "write enforced_by as a mapping: 'ruff: [CODE, ...]' for ruff codes that "
    "catch the BAD example, 'rulebook: [CHECK, ...]' for the rulebook's own "
    "checks, and/or 'review: <why no tool catches it>'"
)


class EnforcementReader:
    """Reads `enforced_by`: known ruff codes, known checks, a review reason."""

    def __init__(
        self,
        problem: Callable[[str, str, str], None],
        ruff_codes: Callable[[], Mapping[str, object]],
    ) -> None:
        """`problem(field, message, hint)` records a problem about the field."""
        self.problem = problem
        self.ruff_codes = ruff_codes

    def read(self, value: object) -> Enforcement | None:
        """The enforcement, or None when the field is missing or wrong."""
        if value is None:
            return None
        hint = _ENFORCEMENT_HINT
        if not isinstance(value, dict) or not value:
            self.problem("enforced_by", "expected a non-empty mapping", hint)
            return None
        for key in value:
            if key not in ENFORCEMENT_KEYS:
                self.problem("enforced_by", f"unknown key '{key}'", hint)
        review = value.get("review")
        ruff_codes = self._code_list(value, "ruff", self.ruff_codes())
        checks = self._code_list(value, "rulebook", dict.fromkeys(detector_names()))
        ok = ruff_codes is not None and checks is not None
        if review is not None and (not isinstance(review, str) or not review.strip()):
            self.problem("enforced_by", "'review' must say why review is needed", hint)
            ok = False
        if ok and not ruff_codes and not checks and review is None:
            self.problem("enforced_by", "names no tool and no review reason", hint)
            ok = False
        if not ok or ruff_codes is None or checks is None:
            return None
        return Enforcement(
            ruff=ruff_codes,
            rulebook=checks,
            review=review.strip() if isinstance(review, str) else None,
        )

    def _code_list(
        self, value: dict[str, Any], key: str, known: Mapping[str, object]
    ) -> tuple[str, ...] | None:
        codes = value.get(key, [])
        if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
            self.problem(
                "enforced_by", f"'{key}' must be a list of codes", _ENFORCEMENT_HINT
            )
            return None
        unknown = [code for code in codes if code not in known]
        for code in unknown:
            fix = (
                "check the code with 'uv run ruff rule CODE'"
                if key == "ruff"
                else f"use one of the rulebook's checks: {', '.join(known)}"
            )
            self.problem("enforced_by", f"{key} has no rule '{code}'", fix)
        return None if unknown else tuple(codes)
