"""The "Copy review link" button of each rule, gate and code: a link to paste in review.

The button is a real link to the ID's short link at the configured site address, so
without JavaScript it still leads there. With JavaScript (`docs/assets/review-link.js`,
loaded only by the pages that show a button), a click copies the Markdown link
`[AP-PY03: title](<site>/r/AP-PY03/)` built from the address the page is served from,
so a copy taken on a preview host or an internal mirror points there.
"""

from __future__ import annotations

from html import escape

from rulebook.website.export import short_path
from rulebook.website.page_scripts import script_loader

SCRIPT = "review-link"
TITLE = "Copy a Markdown link to this for a review comment"


def review_link(item_id: str, heading: str, site_url: str) -> str:
    """The Markdown a reviewer pastes: `[AP-PY03: title](<site>/r/AP-PY03/)`."""
    return f"[{heading}]({site_url}{short_path(item_id)})"


def review_button(item_id: str, heading: str, site_url: str) -> str:
    """The button, as raw HTML: `heading` is the link text, `site_url` the fallback.

    `data-short` is the short link's path from the site root; the script puts the
    page's own site root in front of it. Search leaves the button out of its index.
    """
    short = short_path(item_id)
    return (
        f'<a class="md-button rule-copy" href="{escape(site_url + short)}" '
        f'data-review-link="{escape(heading, quote=True)}" data-short="{short}" '
        f'title="{TITLE}" data-search-exclude>Copy review link</a>'
    )


def review_script(root: str) -> str:
    """The loader of the button's script, for a page `root` leads down from the site."""
    return script_loader(SCRIPT, root)
