"""Short links: `/r/<ID>/` and `/r/<id>/` land on every published ID's page and anchor.

Each short link is a tiny static page that redirects at once (meta refresh, and a script
that keeps the query, such as `?framework=django`, and any fragment the reader added),
with a plain link for readers without either.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from pathlib import Path

from rulebook.rules.loader import Rulebook
from rulebook.website.autolinks import FAMILY_LINKS
from rulebook.website.export import short_path

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title}</title>
<link rel="canonical" href="{canonical}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={target}">
<script>
const [path, fragment] = "{target}".split("#");
const hash = fragment ? "#" + fragment : location.hash;
location.replace(path + location.search + hash);
</script>
</head>
<body>
<p>{title}: <a href="{target}">continue to the rule</a>.</p>
</body>
</html>
"""


@dataclass(frozen=True)
class ShortLink:
    """One short link: where it lives in the site, and where it sends the reader."""

    path: str
    """Relative to the site root, such as `r/ap-py03/index.html`."""
    target: str
    """Relative to the short link's own folder, such as `../../rules/AP-PY03/`."""
    title: str
    canonical: str

    def html(self) -> str:
        """The redirect page."""
        return _PAGE.format(
            title=escape(self.title),
            canonical=escape(self.canonical),
            target=escape(self.target),
        )


def short_links(rulebook: Rulebook, site_url: str) -> list[ShortLink]:
    """Two short links per published ID: as written, and in lower case."""
    targets: list[tuple[str, str, str]] = [
        (rule.id, rule.url_path, rule.heading) for rule in rulebook.rules
    ]
    targets += [(entry.id, entry.url_path, entry.heading) for entry in rulebook.entries]
    return _both_spellings(targets, site_url)


def family_short_links(site_url: str) -> list[ShortLink]:
    """Short links for the part of an ID GitHub links (`PYPH2-FAIL`), in both cases."""
    targets = [(family, target, family) for family, target in FAMILY_LINKS.items()]
    return _both_spellings(targets, site_url)


def _both_spellings(
    targets: list[tuple[str, str, str]], site_url: str
) -> list[ShortLink]:
    """A short link for each (name, page path, title), as written and in lower case."""
    return [
        ShortLink(
            path=short_path(spelling) + "index.html",
            target="../../" + url_path,
            title=title,
            canonical=site_url + url_path,
        )
        for name, url_path, title in targets
        for spelling in dict.fromkeys((name, name.lower()))
    ]


def write_short_links(links: list[ShortLink], site_dir: Path) -> None:
    """Write every short link page into the built site."""
    for link in links:
        page = site_dir / link.path
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(link.html())
