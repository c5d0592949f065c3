"""Where the hand-written pages live, and the generated folder that every walk skips.

`docs/` holds the sources: rule and gate pages with front matter, and hand-written
pages. `rulebook build-docs` writes the site's complete page set into `docs/generated/`
(git-ignored); anything that reads sources must not read that copy as well.
"""

from __future__ import annotations

from pathlib import Path

DOCS_DIR = Path("docs")
GENERATED_DIR = DOCS_DIR / "generated"
"""The generation step's output, relative to the repository root."""


def source_pages(root: Path, pattern: str = "**/*.md") -> list[Path]:
    """The hand-written pages under `root/docs` matching `pattern`, sorted.

    Paths are absolute (joined to `root`); files under `docs/generated/` are left out.
    """
    generated = root / GENERATED_DIR
    return sorted(
        path
        for path in (root / DOCS_DIR).glob(pattern)
        if path.is_file() and not path.is_relative_to(generated)
    )
