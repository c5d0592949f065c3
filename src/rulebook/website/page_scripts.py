"""Load a page's own script from `docs/assets/`, only on the pages that use it.

MkDocs' `extra_javascript` puts a script on every page. The rule index filters and the
review-link button are needed on a few pages only, so those pages carry a tiny inline
script that adds `<script src=".../assets/<name>.js">`. The address is resolved in the
browser from the page's own location, so it holds on any host and under any sub-path,
and no engine rewrites it (engines rewrite relative links in raw HTML differently).
Material's instant navigation runs a page's inline scripts again on each visit, so the
loaded scripts set themselves up once and refresh the page they find on each run.
"""

from __future__ import annotations

import re

_NAME = re.compile(r"[a-z][a-z0-9-]*")
_ROOT = re.compile(r"(?:\.\./)*")


def script_loader(name: str, root: str) -> str:
    """Raw HTML that loads `assets/<name>.js`; `root` leads from the page to the root.

    `root` is `"../"` for `rules/` and `"../../"` for `rules/AP-PY03/` (directory URLs).
    """
    if not _NAME.fullmatch(name) or not _ROOT.fullmatch(root):
        raise ValueError(f"not a script name and relative root: {name!r}, {root!r}")
    source = f"{root}assets/{name}.js"
    return (
        "<script>(function(d){var s=d.createElement('script');"
        f"s.src=new URL('{source}',location.href).href;"
        "d.body.appendChild(s)})(document)</script>"
    )
