"""Notice an example that writes into the repository: compare the tree before and after.

A snapshot is the size and modification time of every file under the root, leaving out
what tools rewrite on their own (git's folder, virtual environments, caches, the built
site, and `docs/generated/`, which the site build in another test worker rewrites while
examples run). About a thousand `stat` calls: a few milliseconds per example.
"""

from __future__ import annotations

import os
from pathlib import Path

SKIPPED = frozenset(
    {
        ".git",
        ".venv",
        "site",
        "__pycache__",
        ".mypy_cache",
        ".ruff_cache",
        ".pytest_cache",
        ".cache",
        "node_modules",
    }
)
SKIPPED_PATHS = frozenset({"docs/generated"})
"""Folders skipped by their path relative to the root, not by their name alone."""
Snapshot = dict[str, tuple[int, int]]


def snapshot(root: Path) -> Snapshot:
    """Each file's size and modification time, by path relative to `root`."""
    found: Snapshot = {}
    prefix = len(str(root)) + 1
    pending = [str(root)]
    while pending:
        with os.scandir(pending.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    relative = entry.path[prefix:]
                    if entry.name not in SKIPPED and relative not in SKIPPED_PATHS:
                        pending.append(entry.path)
                    continue
                try:
                    status = entry.stat(follow_symlinks=False)
                except FileNotFoundError:
                    continue
                found[entry.path[prefix:]] = (status.st_size, status.st_mtime_ns)
    return found


def changes(before: Snapshot, after: Snapshot) -> list[str]:
    """The files created, deleted or changed between two snapshots, sorted."""
    created = [f"created {path}" for path in after.keys() - before.keys()]
    deleted = [f"deleted {path}" for path in before.keys() - after.keys()]
    changed = [
        f"changed {path}"
        for path in before.keys() & after.keys()
        if before[path] != after[path]
    ]
    return sorted(created + deleted + changed)
