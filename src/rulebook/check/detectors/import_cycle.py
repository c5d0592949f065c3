"""AP-PY09: modules of a project that import each other in a cycle.

The import graph comes from grimp (`grimp.build_graph`), built for every top-level
package of the project (a folder with an `__init__.py` whose parent has none), with
imports under `if TYPE_CHECKING:` left out. Imports written inside a function are
removed from the graph too: they run after both modules have loaded, so they do
not fail at start-up. For each package, grimp's `nominate_cycle_breakers` picks the
smallest set of imports between its children whose removal leaves no cycle. Each
nominated import that lies on a cycle of module imports is reported once, on its
first line, with the cycle it closes; a cycle inside a subpackage is found when the
subpackage's own children are examined.

Misses: cycles between packages that no chain of module imports closes (subpackage
`a` imports `b.x` while `b.y` imports `a`: a layering problem for an import
contract, not a cycle that can fail), modules that are not in a package (scripts
side by side in one folder), cycles that only pass through a package's `__init__`
because importing `a.b` runs `a/__init__.py` (grimp records the import of `a.b`
alone), imports built at runtime (`importlib.import_module`), and packages whose name is
already imported in the checker's own process (such as a package named `grimp`),
which the import system would resolve to the wrong place. A cycle has no single
culprit: the reported line is the cheapest place to cut it, which a reviewer may
move.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import grimp
from grimp.exceptions import GrimpException

from rulebook.check.detectors import Project, ProjectHit
from rulebook.check.module import Module

RULE_ID = "AP-PY09"
NAME = "import-cycle"


def detect_project(project: Project) -> Iterator[ProjectHit]:
    """Report the imports that close each import cycle between a project's modules."""
    shown_by_disk = {
        disk.resolve(): shown for shown, disk in project.files if disk.suffix == ".py"
    }
    modules = {module.path: module for module in project.modules}
    for source_root, names in sorted(_top_level_packages(shown_by_disk).items()):
        graph = _graph(source_root, names)
        if graph is None:
            continue
        files = _Files(source_root, shown_by_disk, modules)
        _drop_deferred_imports(graph, files)
        yield from _cycle_breakers(graph, files)


class _Files:
    """Maps grimp's module names to the project's shown paths and parsed modules."""

    def __init__(
        self,
        source_root: Path,
        shown_by_disk: dict[Path, Path],
        modules: dict[Path, Module],
    ) -> None:
        self.source_root = source_root
        self.shown_by_disk = shown_by_disk
        self.modules = modules

    def shown(self, name: str) -> Path | None:
        base = self.source_root.joinpath(*name.split("."))
        for disk in (base.with_suffix(".py"), base / "__init__.py"):
            if disk in self.shown_by_disk:
                return self.shown_by_disk[disk]
        return None

    def module(self, name: str) -> Module | None:
        shown = self.shown(name)
        return None if shown is None else self.modules.get(shown)


def _top_level_packages(shown_by_disk: dict[Path, Path]) -> dict[Path, list[str]]:
    found: dict[Path, list[str]] = {}
    for disk in shown_by_disk:
        if disk.name != "__init__.py":
            continue
        package = disk.parent
        if (package.parent / "__init__.py") in shown_by_disk:
            continue
        if package.name.isidentifier():
            found.setdefault(package.parent, []).append(package.name)
    return {root: sorted(names) for root, names in found.items()}


def _graph(source_root: Path, names: list[str]) -> grimp.ImportGraph | None:
    """grimp's graph of the packages under `source_root`, or None if it cannot be
    built (a syntax error, or no package that the import system finds there)."""
    saved = list(sys.path)
    sys.path.insert(0, str(source_root))
    importlib.invalidate_caches()
    try:
        found = [name for name in names if _found_here(name, source_root)]
        if not found:
            return None
        return grimp.build_graph(
            *found, cache_dir=None, exclude_type_checking_imports=True
        )
    except (GrimpException, ValueError, OSError):
        return None
    finally:
        sys.path[:] = saved


def _found_here(name: str, source_root: Path) -> bool:
    if name in sys.modules:
        return False
    spec = importlib.util.find_spec(name)
    locations = list(spec.submodule_search_locations or []) if spec else []
    return [Path(location).resolve() for location in locations] == [
        (source_root / name).resolve()
    ]


def _imports(graph: grimp.ImportGraph) -> Iterator[tuple[str, str]]:
    for importer in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(importer)):
            yield importer, imported


def _drop_deferred_imports(graph: grimp.ImportGraph, files: _Files) -> None:
    """Remove imports that only happen inside functions: they cannot fail at load."""
    for importer, imported in list(_imports(graph)):
        module = files.module(importer)
        if module is None:
            continue
        lines = {
            detail["line_number"]
            for detail in graph.get_import_details(importer=importer, imported=imported)
        }
        if lines and all(_deferred(module, line) for line in lines):
            graph.remove_import(importer=importer, imported=imported)


def _deferred(module: Module, line: int) -> bool:
    for node in module.nodes(ast.Import, ast.ImportFrom):
        if node.lineno == line:
            return module.enclosing_function(node) is not None
    return False


def _cycle_breakers(graph: grimp.ImportGraph, files: _Files) -> Iterator[ProjectHit]:
    reported: set[tuple[Path, int]] = set()
    for package in sorted(graph.modules):
        if not graph.find_children(package):
            continue
        for importer, imported in sorted(graph.nominate_cycle_breakers(package)):
            hit = _hit(graph, files, importer, imported)
            if hit is not None and (hit.path, hit.line) not in reported:
                reported.add((hit.path, hit.line))
                yield hit


def _hit(
    graph: grimp.ImportGraph, files: _Files, importer: str, imported: str
) -> ProjectHit | None:
    """The first import line from `importer` to `imported`, if a chain of module
    imports leads back: a cycle between modules, not only between packages."""
    shown = files.shown(importer)
    details = graph.get_import_details(importer=importer, imported=imported)
    back = graph.find_shortest_chain(importer=imported, imported=importer)
    if shown is None or not details or back is None:
        return None
    first = min(details, key=lambda detail: detail["line_number"])
    cycle = " -> ".join((importer, *back))
    return ProjectHit(
        shown,
        first["line_number"],
        1,
        f"`{first['line_contents']}` closes the import cycle {cycle}; move what "
        "both need into a module they both import, or reverse one dependency",
    )
