"""The generation step: the whole site as plain files in `docs/generated/`.

`rulebook build-docs` (and the MkDocs plugin, before each build) loads and validates
the rulebook, then writes:

- `pages/`: every page as Markdown (rule pages with their example tabs, gate pages,
  hand-written pages with their markers filled), the static files beside them, the
  short-link pages `r/<ID>/index.html`, and `rules.json` with its schema;
- `mkdocs.yml`: the standalone configuration any engine builds `pages/` with.

The output is deterministic: the same sources give byte-identical files, and a file is
only rewritten when its bytes change (so `mkdocs serve` does not loop on its own
output). Files the sources no longer produce are removed. This follows what projects
moving to Zensical do, and what ruff does for its rule pages: generate Markdown first,
then let the engine build it with no plugin of ours.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from rulebook.check.finding import Finding
from rulebook.errors import RulebookError
from rulebook.proof.markers import check_snippets
from rulebook.proof.ruff import known_rules
from rulebook.rules.decisions import read_decisions
from rulebook.rules.docs_tree import GENERATED_DIR
from rulebook.rules.loader import Rulebook, load_rulebook
from rulebook.rules.problems import RulebookInvalidError
from rulebook.website.engine_config import (
    CONFIG_FILE,
    engine_config,
    is_placeholder,
    read_config,
    site_url,
)
from rulebook.website.export import RULES_JSON, dump, rulebook_document
from rulebook.website.links import family_short_links, short_links
from rulebook.website.navigation import NavError, full_nav
from rulebook.website.pages import generated_note, page_files, static_files
from rulebook.website.render import SiteContext

PAGES_DIR = "pages"


class GenerationError(RulebookError):
    """The site cannot be generated: the message names the file and the fix."""


@dataclass(frozen=True)
class Generated:
    """What one generation run produced and changed."""

    output: Path
    """The generated folder (absolute): `<root>/docs/generated`."""
    files: Mapping[str, bytes]
    """Every generated file, by path relative to `output`."""
    written: tuple[str, ...]
    """Paths (relative to `output`) whose bytes changed in this run."""
    removed: tuple[str, ...]
    """Paths (relative to `output`) the sources no longer produce, now deleted."""
    nav: list[Any]
    """The full navigation, as written into the engine configuration."""

    @property
    def pages_dir(self) -> Path:
        """The folder engines build: `docs_dir` of the generated configuration."""
        return self.output / PAGES_DIR

    @property
    def config_file(self) -> Path:
        """The standalone engine configuration."""
        return self.output / CONFIG_FILE


def generate(root: Path, *, publish: bool = False) -> Generated:
    """Write the site's files under `root/docs/generated/` and return what changed.

    With `publish`, a placeholder site URL (an example or loopback host) is refused.
    Raises `RulebookInvalidError` listing every problem of the rulebook, and
    `GenerationError` for a configuration the site cannot be built from.
    """
    files, nav = _site(root, publish=publish)
    output = root / GENERATED_DIR
    written, removed = write_tree(output, files, owned=(PAGES_DIR, CONFIG_FILE))
    return Generated(output, files, written, removed, nav)


def site_files(root: Path, *, publish: bool = False) -> dict[str, bytes]:
    """Every generated file by path relative to `docs/generated/`; nothing is written.

    Raises as `generate` does.
    """
    files, _nav = _site(root, publish=publish)
    return files


def _site(root: Path, *, publish: bool) -> tuple[dict[str, bytes], list[Any]]:
    """The generated files, and the full navigation written into the configuration."""
    try:
        config = read_config(root)
    except (OSError, yaml.YAMLError) as error:
        raise GenerationError(f"{CONFIG_FILE}: cannot be read: {error}") from None
    url = site_url(config)
    if not url:
        raise GenerationError(
            f"{CONFIG_FILE}: site_url is not set; set it (or RULEBOOK_SITE_URL): "
            "review links and short links derive from it"
        )
    if publish and is_placeholder(url):
        raise GenerationError(
            f"{CONFIG_FILE}: site_url is the placeholder {url}; a published site "
            "needs its real address: set RULEBOOK_SITE_URL (the Pages workflow does)"
        )
    rulebook = load_rulebook(root)
    if rulebook.problems:
        raise RulebookInvalidError(list(rulebook.problems), root)
    context = SiteContext(
        rulebook=rulebook,
        ruff_rules=known_rules(),
        decisions=read_decisions(root),
        site_url=url,
        findings=_findings(rulebook),
    )
    pages = f"{PAGES_DIR}/"
    files: dict[str, bytes] = {}
    for path, data in static_files(root):
        files[pages + path] = data
    for path, text in page_files(context):
        files[pages + path] = text.encode()
    note = generated_note("docs/rules/*.md", "snippets/", "docs/gates/")
    document = {"$comment": note, **rulebook_document(rulebook, url)}
    files[pages + RULES_JSON] = dump(document).encode()
    for link in [*short_links(rulebook, url), *family_short_links(url)]:
        stub = f"<!-- {generated_note('published-ids.txt')} -->\n{link.html()}"
        files[pages + link.path] = stub.encode()
    try:
        nav = full_nav(config.get("nav") or [], rulebook)
    except NavError as error:
        raise GenerationError(str(error)) from None
    files[CONFIG_FILE] = engine_config(
        config, nav, url, generated_note(CONFIG_FILE)
    ).encode()
    return files, nav


def write_tree(
    output: Path, files: Mapping[str, bytes], *, owned: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Make `output` hold `files`; return (paths written, paths removed).

    Only files whose bytes differ are written. Files under the `owned` top-level
    names that `files` does not list are deleted (with folders left empty); anything
    else in `output`, such as an engine's `site/`, is left alone.
    """
    written: list[str] = []
    for relative, data in sorted(files.items()):
        path = output / relative
        if path.is_file() and path.read_bytes() == data:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside, then renamed: an engine reading the folder (mkdocs serve)
        # never sees half a file.
        partial = path.with_name(f".{path.name}.partial")
        partial.write_bytes(data)
        partial.replace(path)
        written.append(relative)
    removed: list[str] = []
    for name in owned:
        top = output / name
        if not top.is_dir():
            continue
        for path in sorted(top.rglob("*"), reverse=True):
            relative = path.relative_to(output).as_posix()
            if path.is_file() and relative not in files:
                path.unlink()
                removed.append(relative)
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return tuple(written), tuple(sorted(removed))


def _findings(rulebook: Rulebook) -> tuple[Finding, ...]:
    """`rulebook check` over every example, shown on the enforced rules' pages."""
    try:
        return tuple(check_snippets(rulebook))
    except (ValueError, RulebookError) as error:
        message = f"rulebook check over snippets/ failed: {error}"
        raise GenerationError(message) from None
