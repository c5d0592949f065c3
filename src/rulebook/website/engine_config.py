"""The configuration every engine builds the generated pages with.

`mkdocs.yml` at the repository root is the one hand-written configuration. This
module reads it and writes a standalone copy for the generated folder: the pages
folder as `docs_dir`, the full navigation, the site URL resolved, and our plugin left
out, because the pages already hold everything it would add. MkDocs, ProperDocs and
Zensical all read this file (`-f docs/generated/mkdocs.yml`), run from the repository
root so that `pymdownx.snippets` finds its relative `base_path`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml_env_tag import construct_env_tag

CONFIG_FILE = "mkdocs.yml"
PLUGIN_NAME = "rulebook"
SITE_URL_VARIABLE = "RULEBOOK_SITE_URL"
PLACEHOLDER_HOSTS = ("example.org", "example.com", "example.net", "127.0.0.1")
"""Hosts no published site lives on: RFC 2606's example domains and loopback."""
PLACEHOLDER_TLDS = ("test", "example", "invalid", "localhost")
"""RFC 2606's reserved top-level names: never a published site."""


class _ConfigLoader(yaml.SafeLoader):
    """A safe loader that also reads MkDocs' `!ENV` tag, with MkDocs' own constructor
    (`pyyaml-env-tag`): the first variable set, else the default."""


_ConfigLoader.add_constructor("!ENV", construct_env_tag)


def read_config(root: Path) -> dict[str, Any]:
    """`root/mkdocs.yml` as plain data, with `!ENV` values resolved.

    Raises `OSError` if the file is missing and `yaml.YAMLError` if it does not parse.
    """
    text = (root / CONFIG_FILE).read_text()
    loaded = yaml.load(text, Loader=_ConfigLoader)  # noqa: S506 - a SafeLoader subclass
    if not isinstance(loaded, dict):
        raise yaml.YAMLError(f"{root / CONFIG_FILE}: expected a mapping of settings")
    return loaded


def with_trailing_slash(url: str) -> str:
    """The site URL ending in `/`, so page paths can be appended to it."""
    return url if url.endswith("/") else url + "/"


def site_url(config: dict[str, Any]) -> str:
    """The configured site URL, ending in `/` (empty if none is set)."""
    value = config.get("site_url") or ""
    return with_trailing_slash(str(value)) if value else ""


def is_placeholder(url: str) -> bool:
    """Whether `url` is not a real published address (unset, example or loopback)."""
    host = url.split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower()
    names = (*PLACEHOLDER_HOSTS, *PLACEHOLDER_TLDS)
    return not host or any(host == name or host.endswith("." + name) for name in names)


def engine_config(config: dict[str, Any], nav: list[Any], url: str, note: str) -> str:
    """The standalone configuration, as YAML text starting with `note` as a comment.

    `config` is `read_config`'s result; `nav` the full navigation; `url` the site URL.
    """
    standalone = dict(config)
    standalone["site_url"] = url
    standalone["docs_dir"] = "pages"
    standalone["site_dir"] = "site"
    standalone["nav"] = nav
    standalone["plugins"] = [
        plugin
        for plugin in config.get("plugins", [])
        if plugin != PLUGIN_NAME
        and not (isinstance(plugin, dict) and PLUGIN_NAME in plugin)
    ]
    standalone.pop("watch", None)
    body = yaml.safe_dump(standalone, sort_keys=False, allow_unicode=True, width=88)
    return f"# {note}\n{body}"
