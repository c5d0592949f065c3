"""Check a rule page's body: the one-sentence statement and its four `## ` sections."""

from __future__ import annotations

from dataclasses import dataclass

from rulebook.rules.problems import ProblemLog
from rulebook.rules.sections import Body

SECTIONS = ("Why", "How to spot it in review", "Enforcement", "Exceptions")


@dataclass(frozen=True)
class Prose:
    """The authored prose of a rule page, as Markdown."""

    statement: str
    why: str
    spot: str
    enforcement: str
    exceptions: str


class SectionReader:
    """Reads a page body into `Prose`, adding each problem to the rule's log."""

    def __init__(self, log: ProblemLog) -> None:
        self.log = log

    def read(self, body: Body) -> Prose | None:
        """The prose, or None when the statement or a section is wrong or missing."""
        ok = self._statement_ok(body)
        ok = self._sections_ok(body) and ok
        if not ok:
            return None
        text = {section.heading: section.text for section in body.sections}
        return Prose(
            statement=body.statement,
            why=text["Why"],
            spot=text["How to spot it in review"],
            enforcement=text["Enforcement"],
            exceptions=text["Exceptions"],
        )

    def _statement_ok(self, body: Body) -> bool:
        ok = True
        for stray in body.stray_headings:
            self.log.add(
                stray.line,
                f"level-1 heading '# {stray.heading}'",
                "remove it: the page heading is generated from id and title",
            )
            ok = False
        if not body.statement:
            self.log.add(
                body.statement_line,
                "the one-sentence statement is missing",
                "write the rule as one sentence before the first '## ' heading",
            )
            return False
        if "\n\n" in body.statement or not body.statement.endswith("."):
            self.log.add(
                body.statement_line,
                "the statement is not one sentence paragraph",
                "state the rule in one paragraph ending with '.'; move detail to Why",
            )
            return False
        return ok

    def _sections_ok(self, body: Body) -> bool:
        ok = True
        found = [section.heading for section in body.sections]
        for section in body.sections:
            if section.heading not in SECTIONS:
                self.log.add(
                    section.line,
                    f"unknown section '## {section.heading}'",
                    f"use only these sections, in order: {', '.join(SECTIONS)}",
                )
                ok = False
            elif not section.text:
                self.log.add(
                    section.line,
                    f"section '## {section.heading}' is empty",
                    "write it, or say plainly that there is nothing to say",
                )
                ok = False
        for name in SECTIONS:
            if name not in found:
                self.log.add(
                    body.statement_line,
                    f"section '## {name}' is missing",
                    f"add '## {name}'; sections go in order: {', '.join(SECTIONS)}",
                )
                ok = False
        known_order = [heading for heading in found if heading in SECTIONS]
        if known_order != sorted(known_order, key=SECTIONS.index):
            self.log.add(
                body.statement_line,
                "sections are out of order",
                f"order them: {', '.join(SECTIONS)}",
            )
            ok = False
        if len(set(found)) != len(found):
            self.log.add(
                body.statement_line, "a section appears twice", "merge the repeats"
            )
            ok = False
        return ok
