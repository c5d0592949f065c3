"""The link checker passes a sound site; a broken anchor or missing page fails it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rulebook.proof.linkcheck import check_links
from tests.builders import MiniRulebook
from tests.rulebook.rules.test_gates import with_gates
from tests.rulebook.website.test_plugin import build


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    mini = with_gates(MiniRulebook(tmp_path_factory.mktemp("mini")))
    result = build(mini)
    assert result.returncode == 0, result.stderr
    return mini.root / "site"


def copy_of(site: Path, tmp_path: Path) -> Path:
    target = tmp_path / "site"
    shutil.copytree(site, target)
    return target


def test_sound_site_passes_with_every_short_link_checked(built: Path) -> None:
    report = check_links(built)
    assert report.ok, report.output
    assert (built / "r/tier-low/index.html").is_file()
    short_links = len(list((built / "r").glob("*/index.html")))
    assert short_links >= 12
    assert report.checked > short_links


def test_broken_anchor_fails(built: Path, tmp_path: Path) -> None:
    site = copy_of(built, tmp_path)
    page = site / "broken/index.html"
    page.parent.mkdir()
    page.write_text('<a href="../rules/AP-PY16/#no-such-section">see</a>')
    report = check_links(site)
    assert not report.ok
    assert "no-such-section" in report.output


def test_short_link_to_a_missing_anchor_fails(built: Path, tmp_path: Path) -> None:
    site = copy_of(built, tmp_path)
    short = site / "r/TIER-LOW/index.html"
    short.write_text(short.read_text().replace("#tier-low", "#tier-lowest"))
    report = check_links(site)
    assert not report.ok
    assert "tier-lowest" in report.output


def test_missing_page_fails(built: Path, tmp_path: Path) -> None:
    site = copy_of(built, tmp_path)
    shutil.rmtree(site / "rules/AP-PY16")
    report = check_links(site)
    assert not report.ok
    assert "rules/AP-PY16" in report.output
