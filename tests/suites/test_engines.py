"""Three engines, one page set: MkDocs, ProperDocs and Zensical build the same site.

MkDocs builds through the README's path (`mkdocs.yml` with the thin plugin, the
`site_dir` fixture). ProperDocs and Zensical build the generated configuration
`docs/generated/mkdocs.yml`, with no plugin of ours. Each must give the same HTML pages,
the same section anchors on every rule page, every short link and `rules.json`, with
every link and fragment resolving.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from filelock import FileLock

from rulebook.proof.linkcheck import check_links
from rulebook.rules.docs_tree import GENERATED_DIR
from rulebook.rules.loader import Rulebook
from rulebook.website.generate import generate
from tests.suites.conftest import shared_temp

ENGINES = ("properdocs", "zensical")
_HEADING_ID = re.compile(r"<h[1-6][^>]*\bid=\"([^\"]+)\"")


@pytest.fixture(scope="session")
def generated_copy(root: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of `docs/generated/` (configuration and pages), generated once per run.

    Generated under the same lock as the `site_dir` build, which writes the same
    folder; the engines then build the copy, so they never race with that build.
    """
    shared = shared_temp(tmp_path_factory)
    copy = shared / "generated-copy"
    with FileLock(str(shared / "site.lock")):
        if not copy.is_dir():
            generated = generate(root)
            staging = shared / "generated-copy.partial"
            shutil.rmtree(staging, ignore_errors=True)
            staging.mkdir()
            shutil.copy2(generated.config_file, staging / "mkdocs.yml")
            shutil.copytree(generated.pages_dir, staging / "pages")
            staging.rename(copy)
    return copy


@pytest.fixture(scope="session", params=ENGINES)
def engine_site(
    request: pytest.FixtureRequest,
    generated_copy: Path,
    root: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[str, Path]:
    """(engine, built site folder) for each other engine, built strictly."""
    engine = str(request.param)
    work = tmp_path_factory.mktemp(engine)
    shutil.copy2(generated_copy / "mkdocs.yml", work / "mkdocs.yml")
    shutil.copytree(generated_copy / "pages", work / "pages")
    command = [sys.executable, "-m", engine, "build", "--strict"]
    command += ["-f", str(work / "mkdocs.yml")]
    # Run from the repository root: pymdownx.snippets' base_path is relative to it.
    result = subprocess.run(
        command,
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        timeout=600,
    )
    assert result.returncode == 0, (
        f"{engine} build --strict failed:\n{result.stdout}\n{result.stderr}"
    )
    return engine, work / "site"


def _pages(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("*.html")}


def test_generated_folder_is_git_ignored(root: Path) -> None:
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", str(GENERATED_DIR / "pages/index.md")],  # noqa: S607
        cwd=root,
        check=False,
    )
    assert ignored.returncode == 0, f"add {GENERATED_DIR}/ to .gitignore"


def test_each_engine_builds_the_same_html_pages(
    engine_site: tuple[str, Path], site_dir: Path
) -> None:
    engine, site = engine_site
    ours, theirs = _pages(site_dir), _pages(site)
    assert len(ours) > 300
    assert ours == theirs, (
        f"{engine}: only in MkDocs: {sorted(ours - theirs)[:10]}; "
        f"only in {engine}: {sorted(theirs - ours)[:10]}"
    )


def test_each_engine_keeps_every_rule_page_anchor(
    engine_site: tuple[str, Path], site_dir: Path, rulebook: Rulebook
) -> None:
    engine, site = engine_site
    for rule in rulebook.rules:
        page = f"rules/{rule.id}/index.html"
        ours = _HEADING_ID.findall((site_dir / page).read_text())
        theirs = _HEADING_ID.findall((site / page).read_text())
        assert "why" in ours, page
        assert ours == theirs, f"{engine}: {page}: {ours} != {theirs}"


def test_each_engine_publishes_short_links_and_rules_json(
    engine_site: tuple[str, Path], site_dir: Path, rulebook: Rulebook
) -> None:
    engine, site = engine_site
    for item_id in rulebook.published_ids():
        for spelling in (item_id, item_id.lower()):
            stub = site / "r" / spelling / "index.html"
            assert stub.is_file(), f"{engine}: no short link for {spelling}"
    assert (site / "rules.json").read_bytes() == (site_dir / "rules.json").read_bytes()


def test_each_engine_site_has_no_broken_link_or_fragment(
    engine_site: tuple[str, Path],
) -> None:
    engine, site = engine_site
    report = check_links(site)
    assert report.ok, f"{engine}: {report.output}"
