"""Read one rule page and its examples into a `Rule`, collecting every problem at once.

The page's format, placeholders and unsafe content are checked here; the readers with
one job each do the rest: `page_fields` the front matter, `page_sections` the body and
`page_examples` the GOOD and BAD pairs. What needs the whole rulebook (duplicate IDs,
unknown related IDs, the registry) is checked by `loader`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from rulebook.rules.frontmatter import FrontMatterError, split_page
from rulebook.rules.model import Rule
from rulebook.rules.page_examples import SNIPPETS_DIR, ExampleReader
from rulebook.rules.page_fields import FrontMatterReader
from rulebook.rules.page_sections import SectionReader
from rulebook.rules.placeholders import PLACEHOLDER, placeholder_problems
from rulebook.rules.problems import Problem, ProblemLog
from rulebook.rules.sections import split_body
from rulebook.validate.safety import field_problems, prose_problems
from rulebook.validate.text_format import read_page

RULES_DIR = Path("docs/rules")

__all__ = ["PLACEHOLDER", "RULES_DIR", "SNIPPETS_DIR", "RulePageReader"]


class RulePageReader:
    """Reads one rule page and its examples, collecting every problem on the way."""

    def __init__(
        self, page: Path, root: Path, ruff_codes: Callable[[], Mapping[str, object]]
    ) -> None:
        """`page` is `docs/rules/<ID>.md` under `root`; `ruff_codes` lists ruff's."""
        self.page = page
        self.root = root
        self.ruff_codes = ruff_codes
        self.rule_id = page.stem
        self.log = ProblemLog(page, self.rule_id)
        self.field_lines: dict[str, int] = {}
        self.declared_id: str | None = None
        """The `id` the page declares, even a wrong one, for the duplicate check."""

    @property
    def problems(self) -> list[Problem]:
        """Every problem found so far, in the order found."""
        return self.log.problems

    def read(self) -> Rule | None:
        """The rule, or None when something it needs is missing or wrong.

        Every problem is in `problems` afterwards, whether or not the rule loaded.
        """
        text, format_problems = read_page(self.page, self.rule_id)
        self.log.extend(format_problems)
        self.log.extend(placeholder_problems(text, self.page, self.rule_id))
        try:
            split = split_page(text)
        except FrontMatterError as error:
            self.log.add(
                error.line,
                str(error),
                "write the front matter as YAML between "
                "two '---' lines; docs/using/rule-format.md lists every field",
            )
            return None
        self.field_lines = split.field_lines
        self.log.extend(field_problems(split.strings, self.page, self.rule_id))
        self.log.extend(
            prose_problems(split.body, split.body_start_line, self.page, self.rule_id)
        )
        fields_reader = FrontMatterReader(self.log, self.field_lines, self.ruff_codes)
        fields = fields_reader.read(split.fields)
        self.declared_id = fields_reader.declared_id
        prose = SectionReader(self.log).read(
            split_body(split.body, split.body_start_line)
        )
        examples = ExampleReader(self.log, self.root)
        default = examples.read_default()
        variants = examples.read_variants()
        if fields is None or prose is None or default is None or variants is None:
            return None
        return Rule(
            id=fields.id,
            title=fields.title,
            status=fields.status,
            since=fields.since,
            level=fields.level,
            area=fields.area,
            enforced_by=fields.enforced_by,
            related=fields.related,
            sources=fields.sources,
            statement=prose.statement,
            why=prose.why,
            spot=prose.spot,
            enforcement=prose.enforcement,
            exceptions=prose.exceptions,
            page=self.page,
            good=default.good,
            bad=default.bad,
            replaced_by=fields.replaced_by,
            decisions=fields.decisions,
            field_lines=dict(self.field_lines),
            variants=variants,
        )
