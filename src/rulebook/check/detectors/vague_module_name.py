"""NAME-01: a module in a feature package is named after no role.

Matches, per folder of the checked project:

- a module named `utils.py`, `util.py`, `helpers.py`, `helper.py`, `common.py`,
  `misc.py`, `manager.py`, `managers.py`, `handlers.py` or `logic.py` (reported at line
  1), in a *feature package*;
- a `models.py` in a feature package that defines Pydantic request or response models
  (classes ending in `Request` or `Response`), reported at each such class: they belong
  in `schemas.py`.

A folder is a feature package when its modules show at least two feature roles, each
shown by a module's name (`routes.py` or `api.py`, `service.py`, `repository.py`,
`domain.py`, `schemas.py`) or by a class it defines (`...Service`, `...Repository`).
Library and tooling packages (a `utils.py` next to an `api.py` or `exceptions.py`) are
not feature packages and are left alone.

Misses: a vague name in a package that shows fewer than two roles (a `core/` or
`shared/` package, or a feature with only a service); a second name for a role
(`views.py` next to features that use `routes.py`); a module whose contents span two
roles; feature packages named after a layer or in CamelCase. Those stay with the
reviewer.
"""

from __future__ import annotations

import ast
from collections import defaultdict
from collections.abc import Iterator
from pathlib import PurePosixPath

from rulebook.check.detectors import Project, ProjectHit
from rulebook.check.detectors._naming import is_pydantic_model
from rulebook.check.detectors._web import routes
from rulebook.check.module import Module

RULE_ID = "NAME-01"
NAME = "vague-module-name"

VAGUE_STEMS = frozenset(
    {
        "utils",
        "util",
        "helpers",
        "helper",
        "common",
        "misc",
        "manager",
        "managers",
        "handlers",
        "logic",
    }
)
FEATURE_STEMS = {
    "routes": "routes",
    "api": "routes",
    "service": "service",
    "repository": "repository",
    "domain": "domain",
    "schemas": "schemas",
}
ROLE_SUFFIXES = ("Service", "Repository")
MIN_FEATURE_ROLES = 2


def detect_project(project: Project) -> Iterator[ProjectHit]:
    """Vague module names and HTTP schemas in `models.py`, in feature packages."""
    folders: dict[PurePosixPath, list[Module]] = defaultdict(list)
    for module in project.modules:
        folders[PurePosixPath(module.path.as_posix()).parent].append(module)
    for folder, modules in sorted(folders.items()):
        roles = {role for module in modules for role in _feature_roles(module)}
        if folder == PurePosixPath(".") or len(roles) < MIN_FEATURE_ROLES:
            continue
        for module in modules:
            stem = module.path.stem
            if stem in VAGUE_STEMS:
                yield ProjectHit(
                    module.path,
                    1,
                    1,
                    f"`{module.path.name}` in feature package `{folder.name}/` names "
                    f"no role; {_advice(module)}",
                )
            elif stem == "models":
                yield from _schemas_in_models(module)


def _feature_roles(module: Module) -> set[str]:
    """The feature roles a module shows: by its name, and by the `...Service` and
    `...Repository` classes it defines."""
    roles = (
        {FEATURE_STEMS[module.path.stem]}
        if module.path.stem in FEATURE_STEMS
        else set()
    )
    for node in module.tree.body:
        if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            for suffix in ROLE_SUFFIXES:
                if node.name.endswith(suffix):
                    roles.add(suffix.lower())
    return roles


def _advice(module: Module) -> str:
    """Where the contents belong, judged by the classes the module defines."""
    names = [node.name for node in module.tree.body if isinstance(node, ast.ClassDef)]
    if any(name.endswith("Repository") for name in names):
        return "storage belongs in `repository.py`"
    if any(name.endswith("Service") for name in names):
        return "use cases belong in `service.py`"
    if routes(module):
        return "HTTP handlers belong in `routes.py`"
    if names:
        return "entities and their rules belong in `domain.py`"
    return (
        "move each part to the module of its role (`domain.py`, `service.py`, "
        "`repository.py`, ...)"
    )


def _schemas_in_models(module: Module) -> Iterator[ProjectHit]:
    for node in module.tree.body:
        if (
            isinstance(node, ast.ClassDef)
            and node.name.endswith(("Request", "Response"))
            and is_pydantic_model(module, node)
        ):
            yield ProjectHit(
                module.path,
                node.lineno,
                node.col_offset + 1,
                f"`models.py` holds the HTTP schema `{node.name}`; request and "
                "response models belong in `schemas.py`",
            )
