"""Everything in a rule's `snippets/<ID>/` folder belongs to one of its examples.

A rule's examples are `good.py` or `good.md` or a `good/` folder, and the same for
`bad`; the first that exists is the example (`examples.find_example`). A framework's
folder (`django/`) holds that framework's pair, by the same rules. Any other file in
either folder, a second candidate the loader never reads (`good.md` beside `good.py`),
or an unknown folder is stray: it is never proven and never shown. Tool caches are
ignored.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from rulebook.rules.examples import (
    CACHE_DIRS,
    DEFAULT_FRAMEWORK,
    SINGLE_FILE_SUFFIXES,
    VARIANT_FRAMEWORKS,
    Framework,
    Kind,
    example_folder,
    find_example,
    has_pair_folder,
)
from rulebook.rules.problems import Problem

SNIPPETS_DIR = Path("snippets")
VARIANT_DIRS = frozenset(str(framework) for framework in VARIANT_FRAMEWORKS)
"""Folders reserved for framework variants of a rule's examples."""


def stray_snippet_files(root: Path, rule_ids: Iterable[str]) -> list[Problem]:
    """Files and folders in `snippets/<ID>/` (and its `django/`) that no example uses.

    Each problem names the stray path, says which example shadows it if any, and
    lists what the folder may hold.
    """
    problems: list[Problem] = []
    snippets = root / SNIPPETS_DIR
    for rule_id in sorted(rule_ids):
        if not (snippets / rule_id).is_dir():
            continue
        problems += _stray_in(snippets, rule_id, DEFAULT_FRAMEWORK)
        for framework in VARIANT_FRAMEWORKS:
            if has_pair_folder(snippets, rule_id, framework):
                problems += _stray_in(snippets, rule_id, framework)
    return problems


def _stray_in(snippets: Path, rule_id: str, framework: Framework) -> list[Problem]:
    folder = example_folder(snippets, rule_id, framework)
    used: set[Path] = set()
    candidates: dict[Path, Kind] = {}
    for kind in Kind:
        for candidate in _candidates(folder, kind):
            candidates[candidate] = kind
        example = find_example(snippets, rule_id, kind, framework)
        if example is not None:
            used.add(example.location)
    variants = VARIANT_DIRS if framework.is_default else frozenset()
    allowed = ", ".join(
        [f"{kind}{suffix}" for kind in Kind for suffix in SINGLE_FILE_SUFFIXES]
        + [f"{kind}/" for kind in Kind]
        + [f"{name}/" for name in sorted(variants)]
    )
    shown_folder = folder.relative_to(snippets).as_posix()
    problems: list[Problem] = []
    for path in sorted(folder.iterdir()):
        if path in used or path.name in CACHE_DIRS:
            continue
        if path.is_dir() and path.name in variants:
            continue
        kind_of = candidates.get(path)
        shown = path.name + ("/" if path.is_dir() else "")
        chosen = next((p for p in used if kind_of and p.name.startswith(kind_of)), None)
        if kind_of is not None and chosen is not None:
            label = kind_of.upper()
            if not framework.is_default:
                label = f"{framework.label} {label}"
            message = f"'{shown}' is never used: '{chosen.name}' is the {label} example"
            hint = "keep one GOOD and one BAD example; delete or merge this one"
        else:
            message = f"'{shown}' belongs to no example"
            hint = f"move it into an example or delete it; {shown_folder}/ holds "
            hint += f"only: {allowed}"
        problems.append(Problem(path, 1, rule_id, message, hint))
    return problems


def _candidates(folder: Path, kind: Kind) -> list[Path]:
    paths = [folder / f"{kind}{suffix}" for suffix in SINGLE_FILE_SUFFIXES]
    paths.append(folder / str(kind))
    return [path for path in paths if path.exists()]
