"""The MkDocs plugin: validates the rulebook at build time, renders generated pages.

It is a thin adapter: loading, rendering and exporting live in `loader`, `render`,
`export`, `links` and `autolinks`; this module only connects them to MkDocs' events.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from markupsafe import Markup
from markupsafe import escape as _escape
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page

from rulebook.check.finding import Finding
from rulebook.errors import RulebookError
from rulebook.proof.markers import check_snippets
from rulebook.proof.ruff import known_rules
from rulebook.rules.decisions import read_decisions
from rulebook.rules.gates import GATES_DIR
from rulebook.rules.loader import Rulebook, load_rulebook
from rulebook.rules.model import Rule, Status
from rulebook.rules.problems import RulebookInvalidError
from rulebook.rules.rule_page import RULES_DIR, SNIPPETS_DIR
from rulebook.website.autolinks import render_autolinks
from rulebook.website.enforcement import TABLE_MARKER, enforcement_table
from rulebook.website.export import (
    RULES_JSON,
    dump,
    rulebook_document,
    with_trailing_slash,
)
from rulebook.website.links import family_short_links, short_links, write_short_links
from rulebook.website.render import (
    DECISION_MARKER,
    GATE_INDEX_MARKER,
    HARDENING_MARKER,
    INDEX_MARKER,
    SiteContext,
    family_title,
    render_decision_rules,
    render_gate_index,
    render_gate_page,
    render_hardening,
    render_index,
    render_rule_page,
)

AUTOLINKS_MARKER = "<!-- rulebook:autolinks -->"
_RULES_URI = RULES_DIR.relative_to("docs").as_posix()
_GATES_URI = GATES_DIR.relative_to("docs").as_posix()
_log = get_plugin_logger(__name__)


class RulebookPluginConfig(Config):  # type: ignore[no-untyped-call]
    """The plugin takes no options: everything it needs comes from the rule files."""


class RulebookPlugin(BasePlugin[RulebookPluginConfig]):  # type: ignore[no-untyped-call]
    """Fails the build on any rulebook problem; renders and publishes derived pages."""

    def __init__(self) -> None:
        self.context: SiteContext | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Load and validate every rule before anything is built."""
        root = Path(config.config_file_path).parent
        rulebook = load_rulebook(root)
        if rulebook.problems:
            message = str(RulebookInvalidError(list(rulebook.problems), root))
            raise PluginError(message)
        site_url = config.site_url or ""
        if not site_url:
            raise PluginError("mkdocs.yml needs site_url: review links derive from it")
        self.context = SiteContext(
            rulebook=rulebook,
            ruff_rules=known_rules(),
            decisions=read_decisions(root),
            site_url=with_trailing_slash(site_url),
            findings=_findings(rulebook),
        )
        return config

    def on_serve(
        self,
        server: LiveReloadServer,
        /,
        *,
        config: MkDocsConfig,
        builder: Callable[[], None],  # noqa: ARG002 - MkDocs' event signature
    ) -> LiveReloadServer:
        """Rebuild when an example file or the ID list changes, not only a page."""
        root = Path(config.config_file_path).parent
        server.watch(str(root / SNIPPETS_DIR))
        server.watch(str(root / "published-ids.txt"))
        return server

    def on_nav(
        self,
        nav: Navigation,
        /,
        *,
        config: MkDocsConfig,  # noqa: ARG002 - MkDocs' event signature
        files: Files,
    ) -> Navigation:
        """Group rule pages by family, list gate pages, check nothing is left out."""
        rulebook = self._context().rulebook
        pages = {
            file.src_uri: file.page for file in files.documentation_pages() if file.page
        }
        for item in nav.items:
            if isinstance(item, Section) and _holds(item, _RULES_URI):
                item.children = _rule_sections(item, rulebook.rules, pages)
            if isinstance(item, Section) and _holds(item, _GATES_URI):
                _add_gate_pages(item, rulebook, pages)
        nav.pages = _pages_in_order(nav.items)
        _link_neighbours(nav.pages)
        in_nav = {page.file.src_uri for page in nav.pages}
        for uri in sorted(set(pages) - in_nav):
            _log.warning(
                "%s is in docs/ but not in the nav of mkdocs.yml: add it there", uri
            )
        return nav

    def on_page_markdown(
        self,
        markdown: str,
        /,
        *,
        page: Page,
        config: MkDocsConfig,  # noqa: ARG002 - MkDocs' event signature
        files: Files,  # noqa: ARG002 - MkDocs' event signature
    ) -> str:
        """Render rule and gate pages from their data; fill markers elsewhere."""
        context = self._context()
        uri = page.file.src_uri
        stem = Path(uri).stem
        rule = context.rulebook.by_id().get(stem)
        if rule is not None and uri == f"{_RULES_URI}/{rule.id}.md":
            page.meta["title"] = html_text(rule.heading)
            _material_status(page, rule)
            return render_rule_page(rule, context)
        gate = context.rulebook.entries_by_id().get(stem)
        if gate is not None and uri == f"{_GATES_URI}/{gate.id}.md":
            page.meta["title"] = html_text(gate.heading)
            return render_gate_page(gate, context.rulebook)
        return _fill_markers(markdown, context)

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Publish `rules.json` and the short links beside the pages."""
        context = self._context()
        site_dir = Path(config.site_dir)
        document = rulebook_document(context.rulebook, context.site_url)
        (site_dir / RULES_JSON).write_text(dump(document))
        links = short_links(context.rulebook, context.site_url)
        links += family_short_links(context.site_url)
        write_short_links(links, site_dir)

    def _context(self) -> SiteContext:
        if self.context is None:
            raise PluginError("the rulebook plugin ran before its on_config event")
        return self.context


def _findings(rulebook: Rulebook) -> tuple[Finding, ...]:
    """`rulebook check` over every example; the build fails if it cannot run."""
    try:
        return tuple(check_snippets(rulebook))
    except (ValueError, RulebookError) as error:
        raise PluginError(f"rulebook check over snippets/ failed: {error}") from None


def html_text(title: str) -> Markup:
    """A title escaped for HTML, as MkDocs' own titles are (nav, `<title>`, footer).

    Material inserts page titles unescaped; `Markup` also keeps Jinja's `| e` in the
    footer's `aria-label` from escaping them twice.
    """
    return _escape(title)


def _material_status(page: Page, rule: Rule) -> None:
    """Material shows front-matter `status` as a nav icon: only retired rules get it."""
    if rule.status in {Status.DEPRECATED, Status.REMOVED}:
        page.meta["status"] = "deprecated"
    else:
        page.meta.pop("status", None)


def _rule_sections(
    section: Section, rules: tuple[Rule, ...], pages: dict[str, Page]
) -> list[Any]:
    rule_uris = {f"{_RULES_URI}/{rule.id}.md" for rule in rules}
    kept = [
        child
        for child in section.children
        if not (isinstance(child, Page) and child.file.src_uri in rule_uris)
    ]
    grouped: dict[str, Section] = {}
    for rule in rules:
        page = pages.get(f"{_RULES_URI}/{rule.id}.md")
        if page is None:
            continue
        page.title = html_text(rule.heading)
        title = family_title(rule)
        if title not in grouped:
            grouped[title] = Section(title, [])
            grouped[title].parent = section
        page.parent = grouped[title]
        grouped[title].children.append(page)
    return [*kept, *grouped.values()]


def _pages_in_order(items: list[Any]) -> list[Page]:
    pages: list[Page] = []
    for item in items:
        if isinstance(item, Page):
            pages.append(item)
        elif isinstance(item, Section):
            pages.extend(_pages_in_order(item.children))
    return pages


def _link_neighbours(pages: list[Page]) -> None:
    for index, page in enumerate(pages):
        page.previous_page = pages[index - 1] if index > 0 else None
        page.next_page = pages[index + 1] if index + 1 < len(pages) else None


def _holds(section: Section, folder: str) -> bool:
    return any(
        isinstance(child, Page) and child.file.src_uri.startswith(f"{folder}/")
        for child in section.children
    )


def _add_gate_pages(
    section: Section, rulebook: Rulebook, pages: dict[str, Page]
) -> None:
    """Put the gate pages right after the section's first page, in ID order."""
    listed = {c.file.src_uri for c in section.children if isinstance(c, Page)}
    entries = rulebook.entries_by_id()
    gates = [
        pages[uri]
        for uri in (f"{_GATES_URI}/{entry.id}.md" for entry in rulebook.entries)
        if uri in pages and uri not in listed
    ]
    for page in gates:
        page.title = html_text(entries[Path(page.file.src_uri).stem].heading)
        page.parent = section
    section.children[1:1] = gates


def _fill_markers(markdown: str, context: SiteContext) -> str:
    """Replace the rulebook's generated-content markers in a hand-written page."""
    rulebook = context.rulebook
    markers: dict[str, Callable[[], str]] = {
        INDEX_MARKER: lambda: render_index(rulebook),
        GATE_INDEX_MARKER: lambda: render_gate_index(rulebook),
        HARDENING_MARKER: lambda: render_hardening(rulebook),
        AUTOLINKS_MARKER: lambda: render_autolinks(rulebook, context.site_url),
        TABLE_MARKER: lambda: enforcement_table(rulebook.rules),
    }
    for marker, render in markers.items():
        if marker in markdown:
            markdown = markdown.replace(marker, render())
    return DECISION_MARKER.sub(
        lambda match: render_decision_rules(rulebook, match["id"]), markdown
    )
