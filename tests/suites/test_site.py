"""The real site builds strictly and offline; its pages load nothing from elsewhere."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import jsonschema

from rulebook.proof.linkcheck import check_links
from rulebook.rules.loader import Rulebook
from rulebook.rules.registry import read_registry
from rulebook.website.export import RULES_JSON, entry_record, read_site_url, rule_record

# Where a page loads something from: scripts, styles, images, frames, fonts.
_LOADED = re.compile(
    r"""<(?:script|img|iframe|source|link)\b[^>]*?\b(?:src|href)=["']([^"']+)["']"""
)


def test_every_rule_has_its_page_titled_by_id(
    site_dir: Path, rulebook: Rulebook
) -> None:
    for rule in rulebook.rules:
        page = site_dir / rule.url_path / "index.html"
        assert page.is_file(), f"{rule.id} has no page at {rule.url_path}"
        title = re.search(r"<title>([^<]*)</title>", page.read_text())
        assert title is not None, f"{rule.id} has no <title>"
        assert html.unescape(title.group(1)).startswith(rule.heading), title.group(1)


def test_pages_load_nothing_from_third_parties(site_dir: Path) -> None:
    outside: list[str] = []
    for page in site_dir.rglob("*.html"):
        for address in _LOADED.findall(page.read_text()):
            if address.startswith(("http://", "https://", "//")) and not _is_own(
                address
            ):
                outside.append(f"{page.relative_to(site_dir)}: {address}")
    assert not outside, "pages load from third parties:\n" + "\n".join(outside)


def test_no_web_fonts(site_dir: Path) -> None:
    for page in site_dir.rglob("*.html"):
        assert "fonts.googleapis" not in page.read_text(), page


def _is_own(address: str) -> bool:
    # The canonical link and sitemap point at the site itself: not a third party.
    return address.startswith("https://rulebook.example.org/")


def test_every_published_id_has_a_short_link_in_both_cases(
    site_dir: Path, rulebook: Rulebook
) -> None:
    for item_id in rulebook.published_ids():
        for spelling in (item_id, item_id.lower()):
            assert (site_dir / "r" / spelling / "index.html").is_file(), spelling


def test_every_link_and_anchor_resolves(site_dir: Path) -> None:
    report = check_links(site_dir)
    assert report.ok, report.output
    assert report.checked > len(list((site_dir / "r").glob("*/index.html")))


def test_rules_json_validates_and_lists_exactly_the_published_ids(
    site_dir: Path, root: Path
) -> None:
    document = json.loads((site_dir / "rules.json").read_text())
    schema = json.loads((site_dir / "rules.schema.json").read_text())
    jsonschema.validate(document, schema, format_checker=jsonschema.FormatChecker())
    listed = [item["id"] for item in document["rules"] + document["entries"]]
    registry, problems = read_registry(root)
    assert problems == []
    assert sorted(listed) == sorted(registry.ids)


def test_rules_json_holds_the_loaded_rulebook_value_for_value(
    site_dir: Path, rulebook: Rulebook, root: Path
) -> None:
    document = json.loads((site_dir / RULES_JSON).read_text())
    site_url = read_site_url(root)
    assert document["site_url"] == site_url
    assert document["rules"] == [
        rule_record(rule, rulebook, site_url) for rule in rulebook.rules
    ]
    assert document["entries"] == [
        entry_record(entry, site_url) for entry in rulebook.entries
    ]
    # And each field against the rule itself, so a wrong export function fails too.
    for record, rule in zip(document["rules"], rulebook.rules, strict=True):
        enforcement = record["enforcement"]
        assert (record["id"], record["title"], record["statement"]) == (
            rule.id,
            rule.title,
            rule.statement,
        )
        assert (record["level"], record["area"], record["status"]) == (
            rule.level.value,
            rule.area.value,
            rule.status.value,
        )
        assert record["since"] == rule.since
        assert enforcement["ruff"] == list(rule.enforced_by.ruff)
        assert enforcement["rulebook"] == list(rule.enforced_by.rulebook)
        assert enforcement["review"] == rule.enforced_by.review
        assert enforcement["automated"] is rule.enforced_by.is_automated
        assert record["related"] == list(rule.related)
        assert record["replaced_by"] == list(rule.replaced_by)
        assert record["gates"] == [e.id for e in rulebook.entries if rule.id in e.cites]
        assert record["frameworks"] == [pair.framework.value for pair in rule.pairs]
        assert record["url"] == f"{site_url}rules/{rule.id}/"
        assert record["short_url"] == f"{site_url}r/{rule.id}/"
    for record, entry in zip(document["entries"], rulebook.entries, strict=True):
        assert (record["id"], record["kind"], record["title"]) == (
            entry.id,
            entry.kind.value,
            entry.title,
        )
        assert (record["summary"], record["cites"]) == (
            entry.summary,
            list(entry.cites),
        )
        assert record["conditions"] == list(entry.conditions)
        assert record["recovery"] == list(entry.recovery)
        assert record["url"] == site_url + entry.url_path
        assert record["short_url"] == f"{site_url}r/{entry.id}/"
