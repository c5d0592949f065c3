"""The detectors of `rulebook check`: one module per rule, discovered, never listed.

Each module in this package declares:

- `RULE_ID`: the rule it enforces (`AP-PY10`);
- `NAME`: the check's name, the pattern it flags in kebab case (`blocking-io-in-async`),
  which the rule's page lists under `enforced_by.rulebook`;
- either `detect(module: Module) -> Iterator[Hit]` for a check of one file, or
  `detect_project(project: Project) -> Iterator[ProjectHit]` for a check that needs
  every file of a project (an import cycle, a missing health route);
- a docstring that names the rule, what it matches and what it misses, so the rule's
  Enforcement section can say the same.

Detectors are pure: no paths they did not get, no state, no printing. The runner adds
the path and the rule ID. Modules whose name starts with `_` hold shared helpers.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import ModuleType

from rulebook.check.finding import Hit
from rulebook.check.module import Module


@dataclass(frozen=True)
class ProjectHit:
    """A hit of a project-level detector: a file of the project and a place in it."""

    path: Path
    line: int
    column: int
    message: str


@dataclass(frozen=True)
class Project:
    """Every file of one checked project, for detectors that look across files.

    `root` is the project's folder; `modules` the parsed Python files under it (paths
    relative to the check's root, as in findings); `files` every file found, Python or
    not, as (path shown in findings, path on disk).
    """

    root: Path
    modules: tuple[Module, ...]
    files: tuple[tuple[Path, Path], ...] = field(default=())


@dataclass(frozen=True)
class Detector:
    """One discovered detector: its rule, name, documentation and entry point."""

    rule_id: str
    name: str
    doc: str
    detect: Callable[[Module], Iterator[Hit]] | None
    detect_project: Callable[[Project], Iterator[ProjectHit]] | None


class DetectorDefinitionError(Exception):
    """A module in `detectors/` does not declare what every detector must."""


def _load(module: ModuleType) -> Detector:
    rule_id = getattr(module, "RULE_ID", None)
    name = getattr(module, "NAME", None)
    detect = getattr(module, "detect", None)
    detect_project = getattr(module, "detect_project", None)
    where = module.__name__
    if not isinstance(rule_id, str) or not isinstance(name, str):
        raise DetectorDefinitionError(f"{where}: declare RULE_ID and NAME as strings")
    if (detect is None) == (detect_project is None):
        raise DetectorDefinitionError(
            f"{where}: define exactly one of detect(module) or detect_project(project)"
        )
    if not module.__doc__ or not module.__doc__.strip():
        raise DetectorDefinitionError(
            f"{where}: say in the module docstring what it matches and misses"
        )
    return Detector(rule_id, name, module.__doc__.strip(), detect, detect_project)


@cache
def all_detectors() -> dict[str, Detector]:
    """Every detector, by name, in rule-ID order.

    Raises `DetectorDefinitionError` for a malformed module or a name used twice.
    """
    found: dict[str, Detector] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_"):
            continue
        detector = _load(importlib.import_module(f"{__name__}.{info.name}"))
        if detector.name in found:
            raise DetectorDefinitionError(
                f"{__name__}.{info.name}: the name {detector.name!r} is taken by "
                f"the detector of {found[detector.name].rule_id}"
            )
        found[detector.name] = detector
    return dict(sorted(found.items(), key=lambda item: (item[1].rule_id, item[0])))


def detector_names() -> tuple[str, ...]:
    """The names a rule page may list under `enforced_by.rulebook` for a detector."""
    return tuple(all_detectors())
