"""The MkDocs plugin: a thin adapter that runs the generation step before each build.

Everything the site shows is written by `rulebook.website.generate` into
`docs/generated/`; this plugin only runs it when MkDocs loads its configuration, points
MkDocs at the generated pages and navigation, and asks `mkdocs serve` to watch the
sources. It adds nothing that the generated files do not already contain, so
ProperDocs and Zensical, which build `docs/generated/mkdocs.yml` without it, publish
the same pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, get_plugin_logger

from rulebook.rules.docs_tree import DOCS_DIR
from rulebook.rules.problems import RulebookInvalidError
from rulebook.rules.rule_page import SNIPPETS_DIR
from rulebook.website.generate import GenerationError, generate

SOURCES = (DOCS_DIR, SNIPPETS_DIR, Path("published-ids.txt"), Path("pyproject.toml"))
"""What the pages are generated from, relative to the repository root."""
_log = get_plugin_logger(__name__)


class RulebookPluginConfig(Config):  # type: ignore[no-untyped-call]
    """The plugin takes no options: everything it needs comes from the rule files."""


class RulebookPlugin(BasePlugin[RulebookPluginConfig]):  # type: ignore[no-untyped-call]
    """Generates the pages, then hands MkDocs their folder and navigation."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Generate the site; fail the build with every problem if that fails."""
        root = Path(config.config_file_path).parent
        try:
            generated = generate(root)
        except RulebookInvalidError as error:
            raise PluginError(str(error)) from None
        except GenerationError as error:
            raise PluginError(str(error)) from None
        if generated.written or generated.removed:
            _log.info(
                "generated %d files into %s (%d removed)",
                len(generated.written),
                generated.output.relative_to(root),
                len(generated.removed),
            )
        config.docs_dir = str(generated.pages_dir)
        config.nav = generated.nav
        return config

    def on_serve(
        self,
        server: LiveReloadServer,
        /,
        *,
        config: MkDocsConfig,
        builder: Callable[[], None],  # noqa: ARG002 - MkDocs' event signature
    ) -> LiveReloadServer:
        """Rebuild, and so regenerate, when a source changes, not only a page."""
        root = Path(config.config_file_path).parent
        for source in SOURCES:
            server.watch(str(root / source))
        return server
