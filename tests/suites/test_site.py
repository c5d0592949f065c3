"""The real site builds strictly and offline; its pages load nothing from elsewhere."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema

from rulebook.loader import Rulebook
from rulebook.proof.linkcheck import check_links
from rulebook.registry import read_registry

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
        assert f"<title>{rule.heading}" in page.read_text()


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
