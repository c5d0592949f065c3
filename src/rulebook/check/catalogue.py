"""What the checker knows about each rule: title, statement, link, and what enforces it.

`rulebook check` runs in projects that are not the rulebook, so this data travels
inside the package as `catalogue.json`. It is generated from the rule pages
(`python -m rulebook.check.catalogue` rewrites it) and a test compares it with the
loaded rulebook, value for value, so it cannot drift.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rulebook.rules.model import Rule

CATALOGUE_FILE = Path(__file__).with_name("catalogue.json")
GENERATED_NOTE = (
    "Generated from docs/rules/*.md by 'uv run python -m rulebook.check.catalogue'; "
    "do not edit."
)


@dataclass(frozen=True)
class RuleInfo:
    """One rule as the checker reports it."""

    id: str
    title: str
    statement: str
    level: str
    short_url: str
    ruff: tuple[str, ...]
    """ruff codes the rule declares; their findings are reported under this ID."""
    checks: tuple[str, ...]
    """rulebook checks (detector names) the rule declares."""

    @property
    def family(self) -> str:
        """`AP-PY` or the area prefix (`DATA`)."""
        return "AP-PY" if self.id.startswith("AP-PY") else self.id.split("-")[0]


@dataclass(frozen=True)
class Catalogue:
    """Every rule the checker can report, by ID."""

    rules: dict[str, RuleInfo]

    def by_ruff_code(self) -> dict[str, list[str]]:
        """Each declared ruff code and the rules it reports under."""
        codes: dict[str, list[str]] = {}
        for rule in self.rules.values():
            for code in rule.ruff:
                codes.setdefault(code, []).append(rule.id)
        return codes

    def to_json(self) -> str:
        """The catalogue as the stable JSON text stored in the package."""
        document: dict[str, Any] = {
            "comment": GENERATED_NOTE,
            "rules": [
                {
                    "id": rule.id,
                    "title": rule.title,
                    "statement": rule.statement,
                    "level": rule.level,
                    "short_url": rule.short_url,
                    "ruff": list(rule.ruff),
                    "checks": list(rule.checks),
                }
                for rule in self.rules.values()
            ],
        }
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def parse_catalogue(text: str) -> Catalogue:
    """Read the catalogue's JSON text (as `to_json` writes it)."""
    document = json.loads(text)
    rules = {
        item["id"]: RuleInfo(
            id=item["id"],
            title=item["title"],
            statement=item["statement"],
            level=item["level"],
            short_url=item["short_url"],
            ruff=tuple(item["ruff"]),
            checks=tuple(item["checks"]),
        )
        for item in document["rules"]
    }
    return Catalogue(rules)


def load_catalogue() -> Catalogue:
    """The catalogue shipped in the package."""
    return parse_catalogue(CATALOGUE_FILE.read_text(encoding="utf-8"))


def build_catalogue(root: Path) -> Catalogue:
    """The catalogue derived from the rulebook at `root` (its pages and `mkdocs.yml`).

    Raises `RulebookInvalidError` when the rulebook has problems.
    """
    from rulebook.rules.loader import load_valid_rulebook  # noqa: PLC0415 - heavy
    from rulebook.website.export import read_site_url  # noqa: PLC0415 - heavy

    return catalogue_of(load_valid_rulebook(root).rules, read_site_url(root))


def catalogue_of(rules: Iterable[Rule], site_url: str) -> Catalogue:
    """The catalogue of loaded rules, their links under `site_url` (ends in `/`)."""
    return Catalogue(
        {
            rule.id: RuleInfo(
                id=rule.id,
                title=rule.title,
                statement=" ".join(rule.statement.split()),
                level=str(rule.level),
                short_url=f"{site_url}r/{rule.id}/",  # export.short_path, unimported
                ruff=rule.enforced_by.ruff,
                checks=rule.enforced_by.rulebook,
            )
            for rule in rules
        }
    )


def main() -> None:
    """Rewrite `catalogue.json` from the rulebook in the current folder."""
    CATALOGUE_FILE.write_text(build_catalogue(Path.cwd()).to_json(), encoding="utf-8")
    sys.stdout.write(f"wrote {CATALOGUE_FILE}\n")


if __name__ == "__main__":
    main()
