"""The real site builds strictly and offline; its pages load nothing from elsewhere."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rulebook.loader import Rulebook

# Where a page loads something from: scripts, styles, images, frames, fonts.
_LOADED = re.compile(
    r"""<(?:script|img|iframe|source|link)\b[^>]*?\b(?:src|href)=["']([^"']+)["']"""
)


@pytest.fixture(scope="module")
def site(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built with `mkdocs build --strict`; the test fails if the build does."""
    target = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(target)],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stderr}"
    return target


def test_every_rule_has_its_page_titled_by_id(site: Path, rulebook: Rulebook) -> None:
    for rule in rulebook.rules:
        page = site / rule.url_path / "index.html"
        assert page.is_file(), f"{rule.id} has no page at {rule.url_path}"
        assert f"<title>{rule.heading}" in page.read_text()


def test_pages_load_nothing_from_third_parties(site: Path) -> None:
    outside: list[str] = []
    for page in site.rglob("*.html"):
        for address in _LOADED.findall(page.read_text()):
            if address.startswith(("http://", "https://", "//")) and not _is_own(
                address
            ):
                outside.append(f"{page.relative_to(site)}: {address}")
    assert not outside, "pages load from third parties:\n" + "\n".join(outside)


def test_no_web_fonts(site: Path) -> None:
    for page in site.rglob("*.html"):
        assert "fonts.googleapis" not in page.read_text(), page


def _is_own(address: str) -> bool:
    # The canonical link and sitemap point at the site itself: not a third party.
    return address.startswith("https://rulebook.example.org/")
