"""Everything in a rule's `snippets/<ID>/` folder belongs to one of its examples.

A rule's examples are `good.py` or `good.md` or a `good/` folder, and the same for
`bad`; the first that exists is the example (`examples.find_example`). Any other file
directly in `snippets/<ID>/`, a second candidate the loader never reads (`good.md`
beside `good.py`), or an unknown folder is stray: it is never proven and never shown.
A `django/` folder is allowed for framework variants of the examples. Tool caches are
ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rulebook.rules.examples import CACHE_DIRS, SINGLE_FILE_SUFFIXES, Kind, find_example
from rulebook.rules.problems import Problem

SNIPPETS_DIR = Path("snippets")
VARIANT_DIRS = frozenset({"django"})
"""Folders reserved for framework variants of a rule's examples."""


def stray_snippet_files(root: Path, rule_ids: Iterable[str]) -> list[Problem]:
    """Files and folders in `snippets/<ID>/` that belong to no example."""
    problems: list[Problem] = []
    snippets = root / SNIPPETS_DIR
    for rule_id in sorted(rule_ids):
        folder = snippets / rule_id
        if not folder.is_dir():
            continue
        used: set[Path] = set()
        candidates: dict[Path, Kind] = {}
        for kind in Kind:
            for candidate in _candidates(folder, kind):
                candidates[candidate] = kind
            example = find_example(snippets, rule_id, kind)
            if example is not None:
                used.add(example.location)
        allowed = ", ".join(
            [f"{kind}{suffix}" for kind in Kind for suffix in SINGLE_FILE_SUFFIXES]
            + [f"{kind}/" for kind in Kind]
            + [f"{name}/" for name in sorted(VARIANT_DIRS)]
        )
        for path in sorted(folder.iterdir()):
            if path in used or path.name in CACHE_DIRS:
                continue
            if path.is_dir() and path.name in VARIANT_DIRS:
                continue
            kind_of = candidates.get(path)
            shown = path.name + ("/" if path.is_dir() else "")
            chosen = next(
                (p for p in used if kind_of and p.name.startswith(kind_of)), None
            )
            if kind_of is not None and chosen is not None:
                message = (
                    f"'{shown}' is never used: '{chosen.name}' is the "
                    f"{kind_of.upper()} example"
                )
                hint = "keep one GOOD and one BAD example; delete or merge this one"
            else:
                message = f"'{shown}' belongs to no example"
                hint = f"move it into an example or delete it; {folder.name}/ holds "
                hint += f"only: {allowed}"
            problems.append(Problem(path, 1, rule_id, message, hint))
    return problems


def _candidates(folder: Path, kind: Kind) -> list[Path]:
    paths = [folder / f"{kind}{suffix}" for suffix in SINGLE_FILE_SUFFIXES]
    paths.append(folder / str(kind))
    return [path for path in paths if path.exists()]
