"""Tests of the import-cycle detector (AP-PY09), on packages written to disk."""

from __future__ import annotations

import textwrap
from pathlib import Path

from rulebook.check.detectors import Project, all_detectors
from rulebook.check.module import Module


def _cycles(root: Path, files: dict[str, str]) -> list[tuple[str, int]]:
    """Write `files` under `root`, run the detector, return (path, line) reported."""
    modules: list[Module] = []
    listed: list[tuple[Path, Path]] = []
    for name, source in files.items():
        disk = root / name
        disk.parent.mkdir(parents=True, exist_ok=True)
        text = textwrap.dedent(source)
        disk.write_text(text)
        shown = Path(name)
        listed.append((shown, disk))
        try:
            modules.append(Module.parse(shown, text))
        except SyntaxError:
            continue  # the runner reports it; the file is still on disk
    detector = all_detectors()["import-cycle"]
    assert detector.detect_project is not None
    hits = detector.detect_project(Project(root, tuple(modules), tuple(listed)))
    return sorted((hit.path.as_posix(), hit.line) for hit in hits)


def test_a_two_module_cycle_is_reported_once(tmp_path: Path) -> None:
    found = _cycles(
        tmp_path,
        {
            "cyclic_shop/__init__.py": "",
            "cyclic_shop/customers.py": "from cyclic_shop.orders import Order\n",
            "cyclic_shop/orders.py": "# Orders.\nfrom cyclic_shop import customers\n",
        },
    )
    assert len(found) == 1
    assert found[0] in {
        ("cyclic_shop/customers.py", 1),
        ("cyclic_shop/orders.py", 2),
    }


def test_a_cycle_inside_a_subpackage_is_reported(tmp_path: Path) -> None:
    found = _cycles(
        tmp_path,
        {
            "nested_shop/__init__.py": "",
            "nested_shop/billing/__init__.py": "",
            "nested_shop/billing/a.py": "from nested_shop.billing import b\n",
            "nested_shop/billing/b.py": "import nested_shop.billing.a\n",
        },
    )
    assert len(found) == 1
    assert found[0][0].startswith("nested_shop/billing/")


def test_deferred_and_type_checking_imports_close_no_cycle(tmp_path: Path) -> None:
    found = _cycles(
        tmp_path,
        {
            "lazy_shop/__init__.py": "",
            "lazy_shop/customers.py": "from lazy_shop.orders import Order\n",
            "lazy_shop/orders.py": """
                from typing import TYPE_CHECKING

                if TYPE_CHECKING:
                    from lazy_shop.customers import Customer

                def owner() -> None:
                    from lazy_shop import customers
            """,
        },
    )
    assert found == []


def test_modules_outside_a_package_and_broken_files_are_skipped(
    tmp_path: Path,
) -> None:
    found = _cycles(
        tmp_path,
        {
            "loose_a.py": "import loose_b\n",
            "loose_b.py": "import loose_a\n",
            "broken_shop/__init__.py": "",
            "broken_shop/x.py": "from broken_shop import y\n",
            "broken_shop/y.py": "from broken_shop import x\n",
            "broken_shop/z.py": "def (:\n",
        },
    )
    assert found == []
